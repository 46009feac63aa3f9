import { describe, expect, it } from 'vitest';
import { markText } from './markText';

describe('markText', () => {
  it('cuts the text at the quotes and marks each with its fact', () => {
    expect(markText('Aa. Bb. Cc.', [{ start: 4, end: 7, fact: 2 }])).toEqual([
      { text: 'Aa. ', fact: null },
      { text: 'Bb.', fact: 2 },
      { text: ' Cc.', fact: null },
    ]);
  });

  it('merges overlapping quotes and drops spans outside the text', () => {
    const segments = markText('0123456789', [
      { start: 2, end: 5, fact: 0 },
      { start: 4, end: 7, fact: 1 },
      { start: 8, end: 20, fact: 2 },
    ]);
    expect(segments).toEqual([
      { text: '01', fact: null },
      { text: '23456', fact: 0 },
      { text: '789', fact: null },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('0123456789');
  });
});
