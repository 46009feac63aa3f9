import { describe, expect, it } from 'vitest';
import { interlockHighlight } from './highlights';

describe('interlockHighlight', () => {
  it('adds the engagements that link an end to a shared entity, and the edges among them', () => {
    const graph = {
      nodes: [],
      edges: [
        { id: 'e1|FOR|a', source: 'e1', target: 'a', type: 'FOR' as const },
        { id: 'e1|BY|k', source: 'e1', target: 'k', type: 'BY' as const },
        { id: 'e2|FOR|b', source: 'e2', target: 'b', type: 'FOR' as const },
        { id: 'e2|BY|k', source: 'e2', target: 'k', type: 'BY' as const },
        { id: 'e3|FOR|a', source: 'e3', target: 'a', type: 'FOR' as const },
      ],
    };
    const h = interlockHighlight(graph, ['a', 'b'], ['a', 'b', 'k']);
    expect([...h.nodes].sort()).toEqual(['a', 'b', 'e1', 'e2', 'k']);
    expect(h.edges).toHaveLength(4);
  });
});
