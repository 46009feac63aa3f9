import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses documented defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.limits).toMatchObject({ maxDepth: 12, maxAliases: 15, maxCost: 20000, maxPageSize: 100, maxNeighborhoodDepth: 3, maxPathLength: 6 });
    expect(c.apiTokens).toEqual([]);
  });

  it('names the variable and the bad value', () => {
    expect(() => loadConfig({ PORT: 'vierduizend' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'vierduizend' })).toThrow(/PORT: .*\(got "vierduizend"\).*README/s);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('refuses NEO4J_URI without a password, saying what to set', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db.example:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('splits token and CORS lists', () => {
    const c = loadConfig({ KENNISGRAAF_API_TOKENS: ' a , b,,', CORS_ORIGINS: 'https://x.nl' });
    expect(c.apiTokens).toEqual([
      { name: 'api-token-1', role: 'admin', token: 'a' },
      { name: 'api-token-2', role: 'admin', token: 'b' },
    ]);
    expect(c.corsOrigins).toEqual(['https://x.nl']);
  });

  it('reads named tokens per role and refuses malformed, duplicate names and shared tokens without printing a token', () => {
    const c = loadConfig({ KENNISGRAAF_READER_TOKENS: 'lezer=r-secret', KENNISGRAAF_CURATOR_TOKENS: ' anna = c-secret-1 , bram=c-secret-2', KENNISGRAAF_ADMIN_TOKENS: 'beheer=a-secret' });
    expect(c.apiTokens).toEqual([
      { name: 'lezer', role: 'reader', token: 'r-secret' },
      { name: 'anna', role: 'curator', token: 'c-secret-1' },
      { name: 'bram', role: 'curator', token: 'c-secret-2' },
      { name: 'beheer', role: 'admin', token: 'a-secret' },
    ]);
    expect(() => loadConfig({ KENNISGRAAF_CURATOR_TOKENS: 'just-a-secret-token' })).toThrow(/KENNISGRAAF_CURATOR_TOKENS: entry 1 is not name=token/);
    expect(() => loadConfig({ KENNISGRAAF_CURATOR_TOKENS: 'anna=x1', KENNISGRAAF_ADMIN_TOKENS: 'anna=x2' })).toThrow(/"anna" is used twice/);
    expect(() => loadConfig({ KENNISGRAAF_CURATOR_TOKENS: 'anna=same-secret', KENNISGRAAF_ADMIN_TOKENS: 'bram=same-secret' })).not.toThrow(/same-secret/);
    expect(() => loadConfig({ KENNISGRAAF_CURATOR_TOKENS: 'anna=same-secret', KENNISGRAAF_ADMIN_TOKENS: 'bram=same-secret' })).toThrow(/same token as another/);
  });
});
