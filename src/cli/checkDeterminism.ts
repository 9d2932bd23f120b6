/**
 * `npm run check:determinism`: builds the project again, from cold, in a scratch copy at another
 * path (bench/tmp/determinism) and compares that dist/ with ./dist byte for byte. Run it right
 * after `npm run build` (npm test does). Nothing is excluded.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { treeDiff } from '../checks/treeDiff';
import { scratchProject } from './scratchProject';

function tree(dist: string): Map<string, Uint8Array> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dist.length), readFileSync(join(e.parentPath, e.name))]),
  );
}

const root = process.cwd();
const copy = scratchProject(root, join(root, 'bench/tmp/determinism'), { withContent: true });
const build = spawnSync('npm', ['run', 'build'], { cwd: copy, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) {
  console.error(`${build.stdout}\n${build.stderr}\ndeterminism: the second build failed (in ${copy})`);
  process.exit(1);
}
const diff = treeDiff(tree(join(root, 'dist')), tree(join(copy, 'dist')));
const lines = [
  ...diff.different.map((f) => `differs: dist${f}`),
  ...diff.onlyInFirst.map((f) => `only in the first build: dist${f}`),
  ...diff.onlyInSecond.map((f) => `only in the second build: dist${f}`),
];
for (const l of lines) console.error(l);
if (lines.length) {
  console.error(`determinism: two builds of the same content differ in ${lines.length} files (second build kept in ${copy}/dist)`);
  process.exit(1);
}
console.log('determinism: two builds of the same content are byte-identical');
