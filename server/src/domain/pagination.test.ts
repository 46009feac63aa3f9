import { describe, expect, it } from 'vitest';
import { checkPageSize, decodeCursor, encodeCursor, pageInfo } from './pagination.js';

describe('pagination', () => {
  it('round-trips a cursor to the next offset', () => {
    expect(decodeCursor(encodeCursor(9))).toBe(10);
    expect(decodeCursor(null)).toBe(0);
  });

  it('refuses a cursor it did not issue', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(/not one this API issued/);
  });

  it('refuses a page larger than the maximum with LIMIT_EXCEEDED', () => {
    expect(() => checkPageSize(101, 100)).toThrow(/at most 100/);
    expect(() => checkPageSize(0, 100)).toThrow(/at least 1/);
    expect(checkPageSize(100, 100)).toBe(100);
  });

  it('reports whether there are more pages', () => {
    expect(pageInfo(0, 10, 25)).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(pageInfo(20, 5, 25)).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});
