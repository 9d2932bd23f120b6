import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkAnnotations from './remarkAnnotations';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkAnnotations);
const run = (path: string, prose: string) => {
  const value = `---\ntitle: Fakeville\n---\n\n${prose}\n`;
  return processor.run(processor.parse(value), { path: join(process.cwd(), path), value });
};

describe('remarkAnnotations', () => {
  it('stops the page with every problem, each as file:line:column, what and the fix', async () => {
    await expect(run('content/articles/fakeville.mdx', '<S id="s1"><Claim id="c1" status="claimd">A.</Claim></S>\n\n<S id="s2"><Event id="e1" date="soon">B.</Event></S>')).rejects.toThrow(
      /^2 annotation problems:\ncontent\/articles\/fakeville\.mdx:5:27 <Claim id="c1" status="claimd">: .*\n {2}hint: did you mean status="claimed"\?\ncontent\/articles\/fakeville\.mdx:7:27 <Event id="e1" date="soon">/,
    );
  });

  it('passes a page without problems, and leaves files outside content/articles alone', async () => {
    await expect(run('content/articles/fakeville.mdx', '<S id="s1"><Claim id="c1">A.</Claim></S>')).resolves.toBeDefined();
    await expect(run('src/pages/about.mdx', '<Aside>Not an article.</Aside>')).resolves.toBeDefined();
  });
});
