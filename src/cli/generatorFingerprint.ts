/**
 * What a generated page depends on besides its source: the ingest code (src/ingest), the
 * reference data (content/data) and the versions of the packages the pipeline runs on, as one
 * hash. Ingest records it on every page it writes; a page recorded with the same source and the
 * same fingerprint would come out the same, so ingest leaves it alone without running the pipeline.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../ingest/provenance';

const INPUTS = ['src/ingest', 'src/cli/ingestPage.ts', 'content/data'];
const IGNORED = /\.test\.ts$|__golden__|textArbitraries/;
/** The packages src/ingest imports at run time. */
const PACKAGES = ['chrono-node', 'mdast-util-mdx-jsx', 'mdast-util-to-markdown', 'remark-frontmatter', 'remark-gfm', 'remark-mdx', 'remark-parse', 'remark-stringify', 'stringify-entities', 'unified', 'unist-util-visit', 'world-countries', 'yaml', 'zod'];

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).sort().flatMap((name) => (IGNORED.test(name) ? [] : files(root, `${path}/${name}`)));
}

function version(root: string, name: string): string {
  const file = join(root, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'missing';
}

/** One hash of the files (or every file under the folders) `inputs` names, tests left out, and of extra lines. */
export function filesFingerprint(root: string, inputs: string[], extra: string[] = []): string {
  const code = inputs.flatMap((input) => files(root, input)).map((file) => `${file} ${sha256(readFileSync(join(root, file), 'utf8'))}`);
  return sha256([...code, ...extra].join('\n')).slice(0, 16);
}

export function generatorFingerprint(root: string): string {
  return filesFingerprint(root, INPUTS, PACKAGES.map((name) => `${name}@${version(root, name)}`));
}
