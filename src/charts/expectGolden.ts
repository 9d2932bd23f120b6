import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * Test helper: compare an SVG with src/charts/__golden__/<name>. A missing golden file is
 * written only when UPDATE_GOLDEN is set (UPDATE_GOLDEN=1 npx vitest run src/charts);
 * otherwise the test fails, so CI never rewrites golden files.
 */
export function expectGolden(name: string, svg: string): void {
  const path = fileURLToPath(new URL(`./__golden__/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN && !existsSync(path)) writeFileSync(path, svg);
  if (!existsSync(path)) throw new Error(`golden file ${path} is missing: run with UPDATE_GOLDEN=1 to create it`);
  expect(svg).toBe(readFileSync(path, 'utf8'));
}
