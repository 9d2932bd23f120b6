import { describe, expect, it } from 'vitest';
import { isUntouched, recordedSourceHash, sealGenerated } from './provenance';

const page = '---\ntitle: A\nsourceHash: abc123\ngeneratedHash: ""\n---\n\n<S id="s1">Text.</S>\n';

describe('provenance', () => {
  it('recognises a page exactly as generated', () => {
    const sealed = sealGenerated(page);
    expect(sealed).toMatch(/generatedHash: [0-9a-f]{64}/);
    expect(isUntouched(sealed)).toBe(true);
  });

  it('notices any edit by an editor, in the body or the front matter', () => {
    const sealed = sealGenerated(page);
    expect(isUntouched(sealed.replace('Text.', 'Text!'))).toBe(false);
    expect(isUntouched(sealed.replace('title: A', 'title: B'))).toBe(false);
  });

  it('treats a page without a generated hash as edited', () => {
    expect(isUntouched(page.replace('generatedHash: ""\n', ''))).toBe(false);
  });

  it('reads the recorded source hash', () => {
    expect(recordedSourceHash(page)).toBe('abc123');
  });
});
