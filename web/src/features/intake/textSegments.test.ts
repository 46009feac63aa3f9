import { describe, expect, it } from 'vitest';
import { cutIntoRuns, locateQuote, quoteFromSelection } from './textSegments';

const text = 'Gemeente Westland werkte met Kern Konsult. Karin Castelijn was kwartiermaker.';

describe('cutIntoRuns', () => {
  it('cuts the text at every mention and at the quote, and covers it without gaps', () => {
    const runs = cutIntoRuns(text.length, [
      { start: 9, end: 17, data: 'westland' },
      { start: 29, end: 41, data: 'kern' },
    ], [43, text.length]);
    expect(runs.map((r) => text.slice(r.start, r.end))).toEqual(['Gemeente ', 'Westland', ' werkte met ', 'Kern Konsult', '. ', 'Karin Castelijn was kwartiermaker.']);
    expect(runs.map((r) => r.covering)).toEqual([[], ['westland'], [], ['kern'], [], []]);
    expect(runs.map((r) => r.ending)).toEqual([[], ['westland'], [], ['kern'], [], []]);
    expect(runs[0].start).toBe(0);
    expect(runs.at(-1)!.end).toBe(text.length);
  });

  it('lists overlapping mentions on the runs they share, and says where each ends', () => {
    const runs = cutIntoRuns(text.length, [
      { start: 0, end: 17, data: 'gemeente' },
      { start: 9, end: 17, data: 'westland' },
      { start: 9, end: 24, data: 'loose' },
    ]);
    expect(runs.slice(0, 3).map((r) => [text.slice(r.start, r.end), r.covering, r.ending])).toEqual([
      ['Gemeente ', ['gemeente'], []],
      ['Westland', ['gemeente', 'westland', 'loose'], ['gemeente', 'westland']],
      [' werkte', ['loose'], ['loose']],
    ]);
  });

  it('clips spans outside the text and drops empty or inverted ones', () => {
    const runs = cutIntoRuns(10, [
      { start: -5, end: 3, data: 'a' },
      { start: 8, end: 40, data: 'b' },
      { start: 5, end: 5, data: 'empty' },
      { start: 7, end: 6, data: 'inverted' },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.covering])).toEqual([
      [0, 3, ['a']],
      [3, 8, []],
      [8, 10, ['b']],
    ]);
    expect(cutIntoRuns(0, [])).toEqual([]);
  });
});

describe('locateQuote', () => {
  it('trusts quoteStart when the quote stands there, else finds the quote, else says it is absent', () => {
    expect(locateQuote(text, 'Karin Castelijn was kwartiermaker.', 43)).toEqual({ start: 43, end: text.length });
    expect(locateQuote(text, 'Karin Castelijn was kwartiermaker.', 3)).toEqual({ start: 43, end: text.length });
    expect(locateQuote(text, 'Niet in de tekst.', 0)).toBeNull();
    expect(locateQuote(text, '', 0)).toBeNull();
  });
});

describe('quoteFromSelection', () => {
  it('takes a selection trimmed of white space, in either direction', () => {
    expect(quoteFromSelection(text, 42, text.length)).toEqual({ start: 43, end: text.length, quote: 'Karin Castelijn was kwartiermaker.' });
    expect(quoteFromSelection(text, 17, 0)?.quote).toBe('Gemeente Westland');
  });

  it('refuses an empty selection and one across a line break', () => {
    expect(quoteFromSelection(text, 5, 5)).toBeNull();
    expect(quoteFromSelection('  \n  ', 0, 5)).toBeNull();
    expect(quoteFromSelection('Eerste zin.\n\nTweede zin.', 0, 24)).toBeNull();
  });
});
