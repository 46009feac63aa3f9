/** Opaque offset cursors and page-size checks shared by every paginated field. */
import { KennisgraafError, badInput } from './errors.js';

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^o:(\d{1,9})$/.exec(text);
  if (!m) throw badInput('The `after` cursor is not one this API issued; pass the endCursor of the previous page.', { argument: 'after' });
  return Number(m[1]) + 1;
}

/**
 * A count argument (`first`, `perGroup` …): a whole number from 1 to `max`, else BAD_INPUT or
 * LIMIT_EXCEEDED naming the argument; `hint` follows the maximum in the message (what it is, what to do instead).
 */
export function checkCount(value: number | null | undefined, opts: { fallback: number; max: number; argument: string; hint?: string }): number {
  const n = value ?? opts.fallback;
  const { argument, max } = opts;
  if (!Number.isInteger(n) || n < 1) throw badInput(`\`${argument}\` must be a whole number of at least 1.`, { argument });
  if (n > max) throw new KennisgraafError('LIMIT_EXCEEDED', `\`${argument}\` is at most ${max}${opts.hint ?? ''}.`, { argument, max });
  return n;
}

export function checkPageSize(first: number | null | undefined, max: number, argument = 'first'): number {
  return checkCount(first, { fallback: 20, max, argument, hint: ' (MAX_PAGE_SIZE); page through with `after` instead' });
}

export function pageInfo(skip: number, count: number, total: number) {
  return {
    hasPreviousPage: skip > 0,
    hasNextPage: skip + count < total,
    startCursor: count ? encodeCursor(skip) : null,
    endCursor: count ? encodeCursor(skip + count - 1) : null,
  };
}
