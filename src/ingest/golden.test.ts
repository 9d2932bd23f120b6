/**
 * Golden files for the whole pipeline: each source in content/sources/ must ingest to exactly the
 * MDX in src/ingest/__golden__/<slug>.mdx. A mismatch is a diff to read. The files are written only
 * when UPDATE_GOLDEN=1 is set by a person; CI never rewrites them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slugOf } from '../cli/sourceFiles';
import { emit } from './emit';
import { ingest } from './ingest';
import { sealGenerated, sha256 } from './provenance';
import { referenceData } from './referenceData';
import { parseSource } from './source';

const sources = readdirSync('content/sources').filter((f) => f.endsWith('.txt'));

describe('pipeline golden files', () => {
  it.each(sources)('%s ingests to its golden MDX', (file) => {
    const slug = slugOf(file);
    const raw = readFileSync(`content/sources/${file}`, 'utf8');
    const { meta, body } = parseSource(raw, file);
    const result = ingest(body, { published: meta.published, outlet: meta.outlet, ...referenceData() });
    const mdx = sealGenerated(emit(result, { ...meta, source: `/sources/${slug}.txt`, sourceHash: sha256(raw) }));
    const golden = `src/ingest/__golden__/${slug}.mdx`;
    if (process.env.UPDATE_GOLDEN && !process.env.CI) writeFileSync(golden, mdx);
    expect(existsSync(golden), `${golden} is missing: run UPDATE_GOLDEN=1 npx vitest run src/ingest/golden.test.ts and read the result`).toBe(true);
    expect(mdx).toBe(readFileSync(golden, 'utf8'));
  });
});
