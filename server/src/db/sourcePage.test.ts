import { describe, expect, it } from 'vitest';
import { locateQuote } from './sourcePage.js';

describe('locateQuote', () => {
  it('finds a quote verbatim, with offsets that slice it out of the text', () => {
    const text = 'Eerste zin. De gemeente Westland zocht hulp. Laatste zin.';
    const at = locateQuote(text, 'De gemeente Westland zocht hulp.')!;
    expect(text.slice(at.start, at.end)).toBe('De gemeente Westland zocht hulp.');
  });

  it('finds a quote across reflowed white space, and says null when it is not there', () => {
    const text = 'Eerste zin. De gemeente\nWestland  zocht hulp.';
    const at = locateQuote(text, 'De gemeente Westland zocht hulp.')!;
    expect(text.slice(at.start, at.end)).toBe('De gemeente\nWestland  zocht hulp.');
    expect(locateQuote(text, 'Niet in de tekst.')).toBeNull();
    expect(locateQuote(text, '  ')).toBeNull();
  });
});
