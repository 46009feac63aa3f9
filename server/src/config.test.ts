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
    expect(c.apiTokens).toEqual(['a', 'b']);
    expect(c.corsOrigins).toEqual(['https://x.nl']);
  });
});
