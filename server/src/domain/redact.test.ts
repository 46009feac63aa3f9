import { describe, expect, it } from 'vitest';
import { REDACTED, erasureKey, moveOffset, redact, redactAliases, redactionTerms } from './redact.js';

const terms = redactionTerms({ id: 'person-jan-de-vries', name: 'Jan de Vries', aliases: ['J. de Vries', 'Jan'] });

describe('redaction for erasePerson', () => {
  it('replaces the name and aliases without regard to case, longest first, and the id by the erasure key', () => {
    expect(redact('Volgens Jan de Vries (J. DE VRIES) werkt het.', terms).text).toBe(`Volgens ${REDACTED} (${REDACTED}) werkt het.`);
    expect(redact('person-jan-de-vries|WORKED_ON|eng-x', terms).text).toBe(`${erasureKey('person-jan-de-vries')}|WORKED_ON|eng-x`);
    expect(erasureKey('person-jan-de-vries')).toMatch(/^erasure-[0-9a-f]{24}$/);
  });

  it('matches whole words only: a name inside a longer word or an id inside a longer id is left alone', () => {
    expect(redact('Januari: Jan kwam, Jansen niet.', terms).text).toBe(`Januari: ${REDACTED} kwam, Jansen niet.`);
    expect(redact('person-jan-de-vries-2 en person-jan-de-vries', terms).text).toBe(`person-jan-de-vries-2 en ${erasureKey('person-jan-de-vries')}`);
  });

  it("finds a name right after an escape in JSON text (an audit entry's aliasText)", () => {
    const json = JSON.stringify({ aliasText: 'SJV\nJan de Vries\nStichting' });
    expect(json).toContain('\\nJan de Vries');
    expect(JSON.parse(redact(json, terms).text)).toEqual({ aliasText: `SJV\n${REDACTED}\nStichting` });
  });

  it('leaves out names too short to match safely', () => {
    expect(redactionTerms({ id: 'person-x1', name: 'Al', aliases: [] }).map((t) => t.text)).toEqual(['person-x1']);
  });

  it('moves offsets after, and into, a replaced name', () => {
    const text = 'Ik sprak Jan de Vries gisteren.';
    const r = redact(text, terms);
    const at = text.indexOf('gisteren');
    expect(r.text.slice(moveOffset(at, r.replacements))).toBe('gisteren.');
    expect(moveOffset(3, r.replacements)).toBe(3);
    const start = text.indexOf('Jan');
    expect(r.text.slice(moveOffset(start, r.replacements), moveOffset(start + 'Jan de Vries'.length, r.replacements, true))).toBe(REDACTED);
    expect(moveOffset(start + 2, r.replacements)).toBe(start);
  });

  it('removes an alias that is one of the names, and redacts one that contains it', () => {
    expect(redactAliases(['jan de vries', 'Stichting van Jan de Vries', 'SJV'], terms)).toEqual({ aliases: [`Stichting van ${REDACTED}`, 'SJV'], removed: 1 });
  });
});
