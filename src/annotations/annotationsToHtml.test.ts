import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { annotationsToHtml } from './annotationsToHtml';

function html(mdx: string, review?: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(() => (tree: Root) => annotationsToHtml(tree, review))
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(mdx));
}

const page = 'Before. <S id="s4"><Claim id="c2" by="Mayor Testova" kind="person" verb="said" status="confirmed" confirms="c1">The road into <Place id="p1" name="Kyiv" lat="50.45" lon="30.52">Kiev</Place> is open, covering <Figure id="f1" kind="area" value="20" unit="km2" km2="20" by="Mayor Testova" about="the park">20 sq km</Figure></Claim></S> after.';

describe('annotationsToHtml', () => {
  it('writes sentences, claims, places and figures as plain HTML with their text intact', () => {
    const out = html(page);
    expect(out).toContain('<span class="s" id="s4">');
    expect(out).toContain('<span class="ann claim confirmed" id="ann-c2" tabindex="0" aria-describedby="tip-c2" data-status="confirmed">');
    expect(out).toContain('<span class="ann place" data-place="Kyiv">Kiev</span>');
    expect(out.replace(/<span class="tip"[^]*?<\/span>(?=<\/span>)/g, '').replace(/<[^>]+>/g, '')).toBe('Before. The road into Kiev is open, covering 20 sq km after.');
  });

  it('explains each annotation in a tip tied to it, and says when no editor has reviewed it', () => {
    const draft = html(page, 'draft');
    expect(draft).toContain('<span class="tip" id="tip-c2">Claim by Mayor Testova (person, “said”): <strong>confirmed</strong>; confirms c1 · machine-extracted</span>');
    expect(draft).toContain('<span class="tip" id="tip-f1">Figure: 20 km² (the park), reported by Mayor Testova · machine-extracted</span>');
    expect(html(page, 'reviewed')).not.toContain('machine-extracted');
  });

  it('writes an event tip with its date in words, and a caption with its credit', () => {
    const out = html('<Caption credit="Test Agency">\n\n<S id="s1"><Event id="e1" date="2023-03-01/2023-03-10" precision="part-of-month" summary="Ferry resumes">The ferry resumed in early March</Event>.</S>\n\n</Caption>');
    expect(out).toContain('<aside class="caption" aria-label="Picture caption">');
    expect(out).toContain('Event, early March 2023: Ferry resumes · machine-extracted');
    expect(out).toContain('<p class="credit">Image: Test Agency</p>');
  });
});
