import { describe, expect, it } from 'vitest';
import { ApiError, toApiErrorCode } from './ApiError';

describe('ApiError', () => {
  it('knows every code of the schema’s ErrorCode enum, and nothing else', () => {
    expect(toApiErrorCode('TIMEOUT')).toBe('TIMEOUT');
    expect(toApiErrorCode('CONFLICT')).toBe('CONFLICT');
    expect(toApiErrorCode('INTERNAL_SERVER_ERROR')).toBe('UNKNOWN');
    expect(toApiErrorCode(42)).toBe('UNKNOWN');
  });

  it('treats a timeout as the question’s problem, not an outage', () => {
    expect(new ApiError('TIMEOUT', 'slow').isOutage).toBe(false);
    expect(new ApiError('DB_UNAVAILABLE', 'down').isOutage).toBe(true);
    expect(new ApiError('NETWORK', 'offline').isOutage).toBe(true);
  });
});
