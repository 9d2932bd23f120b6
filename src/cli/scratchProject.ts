/**
 * A throw-away copy of this project for builds that must not touch the real one (benchmarks,
 * hostile input, the determinism check): the code, every configuration file at the top
 * (astro.config.mjs, pagefind.yml …) and the reference data are copied; node_modules is a real
 * directory of links to the installed packages, so that Astro's caches (node_modules/.astro,
 * node_modules/.vite) belong to the copy alone.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs besides content/sources, content/articles and the configuration files at the top. */
const PROJECT_PARTS = ['src', 'public', 'content/data', 'e2e/serve.mjs'];
/** Caches that must start empty in the copy. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface ScratchOptions {
  /** Copy content/sources and content/articles too (otherwise both start empty). */
  withContent?: boolean;
}

export function scratchProject(root: string, target: string, options: ScratchOptions = {}): string {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const topFiles = readdirSync(root, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  for (const part of [...topFiles, ...PROJECT_PARTS]) {
    if (existsSync(join(root, part))) cpSync(join(root, part), join(target, part), { recursive: true });
  }
  for (const dir of ['content/sources', 'content/articles']) {
    if (options.withContent) cpSync(join(root, dir), join(target, dir), { recursive: true });
    else mkdirSync(join(target, dir), { recursive: true });
  }
  linkPackages(join(root, 'node_modules'), join(target, 'node_modules'));
  return target;
}

/** node_modules as a directory of links to the installed packages, without their caches. */
export function linkPackages(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (!OWN_CACHES.has(entry)) symlinkSync(join(from, entry), join(to, entry));
  }
}
