import { describe, expect, it } from 'vitest';
import { walk } from './walk';

describe('walk', () => {
  it('visits every node in document order, each with its ancestors nearest last', () => {
    const tree = { type: 'root', children: [
      { type: 'paragraph', children: [{ type: 'text', value: 'a' }, { type: 'emphasis', children: [{ type: 'text', value: 'b' }] }] },
      { type: 'thematicBreak' },
    ] };
    const seen: string[] = [];
    walk(tree, (node, ancestors) => seen.push([...ancestors.map((a) => a.type), `${node.type}${'value' in node ? `:${node.value}` : ''}`].join('>')));
    expect(seen).toEqual(['root', 'root>paragraph', 'root>paragraph>text:a', 'root>paragraph>emphasis', 'root>paragraph>emphasis>text:b', 'root>thematicBreak']);
  });
});
