import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokenMatches } from './use-api-token.js';

const d = (s: string) => createHash('sha256').update(s).digest();

describe('tokenMatches', () => {
  it('accepts any configured token and refuses others, whatever their length', () => {
    const allowed = [d('alpha-token'), d('beta-token')];
    expect(tokenMatches('beta-token', allowed)).toBe(true);
    expect(tokenMatches('beta-toke', allowed)).toBe(false);
    expect(tokenMatches('x'.repeat(1000), allowed)).toBe(false);
    expect(tokenMatches('alpha-token', [])).toBe(false);
  });
});
