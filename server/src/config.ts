/**
 * Environment → typed, validated configuration. Every limit the API enforces lives here, with the
 * reason for its default; docs/API.md lists them for analysts. A bad value stops start-up with a
 * message that names the variable.
 */
import path from 'node:path';
import { z } from 'zod';
import { LOCAL_NEO4J_DEFAULTS } from '../../supervisor/localNeo4jSettings.js';
import { REPO_ROOT } from '../../supervisor/repoRoot.js';

export { REPO_ROOT };

const intFrom = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);
const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(def ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  PORT: intFrom(4000, 0, 65535),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_BOLT_PORT: intFrom(LOCAL_NEO4J_DEFAULTS.boltPort, 1, 65535),
  NEO4J_HTTP_PORT: intFrom(LOCAL_NEO4J_DEFAULTS.httpPort, 1, 65535),
  NEO4J_HOME: z.string().default(LOCAL_NEO4J_DEFAULTS.home),
  KENNISGRAAF_API_TOKENS: z.string().default(''),
  KENNISGRAAF_READER_TOKENS: z.string().default(''),
  KENNISGRAAF_CURATOR_TOKENS: z.string().default(''),
  KENNISGRAAF_ADMIN_TOKENS: z.string().default(''),
  RATE_LIMIT_PER_MINUTE: intFrom(600, 1, 1_000_000),
  REQUEST_MAX_BYTES: intFrom(8 * 1024 * 1024, 1024, 64 * 1024 * 1024),
  KENNISGRAAF_READS_REQUIRE_TOKEN: bool(false),
  KENNISGRAAF_SEED_ON_EMPTY: bool(true),
  KENNISGRAAF_GRAPHIQL: bool(true),
  CORS_ORIGINS: z.string().default(''),
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('warn'),
  MAX_DEPTH: intFrom(12, 2, 50),
  MAX_ALIASES: intFrom(15, 1, 200),
  MAX_TOKENS: intFrom(3000, 100, 100000),
  MAX_COST: intFrom(20000, 100, 1000000),
  MAX_PAGE_SIZE: intFrom(100, 1, 1000),
  MAX_NEIGHBORHOOD_NODES: intFrom(2000, 10, 20000),
  QUERY_TIMEOUT_MS: intFrom(10000, 100, 600000),
  NEO4J_MAX_CONNECTIONS: intFrom(16, 1, 1000),
  FROG_PORT: intFrom(7345, 1, 65535),
  FROG_COMMAND: z.string().min(1).default('frog'),
  FROG_HOME: z.string().default(path.join(REPO_ROOT, '.frog')),
  INTAKE_MAX_BYTES: intFrom(5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
  INTAKE_MAX_WORDS: intFrom(50_000, 10, 10_000_000),
  INTAKE_NLP_TIMEOUT_MS: intFrom(120_000, 100, 3_600_000),
  KENNISGRAAF_ERASURE_REGISTER: z.string().min(1).default(path.join(REPO_ROOT, 'data', 'erasures.jsonl')),
});

interface Limits {
  /** Deepest selection set accepted. 12 fits every view of the explorer (entity → relations → provenance → source) with room. */
  maxDepth: number;
  /** Most aliases in one operation; alias floods multiply resolver work. */
  maxAliases: number;
  /** Most tokens in one document; stops huge documents before they are validated. */
  maxTokens: number;
  /**
   * Largest cost (graphql-armor's estimate: objects and scalars weighted by depth, multiplied by a
   * literal `first`). 20,000 admits the explorer's richest view — 50 engagements with clients,
   * bureaus, themes, people and provenance — and refuses queries that fan out far beyond it.
   */
  maxCost: number;
  /** Largest `first` of any paginated field. */
  maxPageSize: number;
  /** Largest `first` of `municipalities`: 400, so all 342 current gemeenten (the map) come in one call. */
  maxMunicipalities: number;
  /** Largest `limit` of `neighborhood`: the explorer stays usable with 2,000 visible elements. */
  maxNeighborhoodNodes: number;
  /** Deepest `neighborhood`: three hops already reach most of a small graph. */
  maxNeighborhoodDepth: number;
  /** Most start ids of one `neighborhood` (and of `neighborGroups`): 50 entities expanded at once already fill the canvas. */
  maxNeighborhoodIds: number;
  /** Most `pin` ids of one `neighborhood`: the entities a user pinned in a view, kept small enough for a URL. */
  maxPinnedIds: number;
  /** Most `exclude` ids of one `neighborhood`: the entities a user hid. */
  maxExcludedIds: number;
  /** Most `connect` ids of one `neighborhood`: the entities shown already, to which new ones are connected. */
  maxConnectIds: number;
  /** Longest `paths`: six steps; longer paths say little about who knows whom. */
  maxPathLength: number;
  /** Most paths returned by one `paths` call. */
  maxPaths: number;
  /** Neo4j transaction timeout per Cypher query, so one slow query cannot hold the server. */
  queryTimeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  neo4j: {
    /** Set: use this server and start nothing. Unset: start the local server in `home`. */
    uri?: string;
    user: string;
    password?: string;
    database: string;
    boltPort: number;
    httpPort: number;
    home: string;
    /** NEO4J_MAX_CONNECTIONS: transactions at once per Neo4j server; more requests wait their turn (db/database.ts). */
    maxConnections: number;
  };
  /**
   * Bearer tokens, each with a role and a name (the name is what the audit records as who):
   * KENNISGRAAF_READER_TOKENS, _CURATOR_TOKENS and _ADMIN_TOKENS as `name=token,…`, and
   * KENNISGRAAF_API_TOKENS (the older setting) as admin tokens named `api-token-1`, `api-token-2`, ….
   */
  apiTokens: ApiToken[];
  readsRequireToken: boolean;
  seedOnEmpty: boolean;
  graphiql: boolean;
  corsOrigins: string[];
  logLevel: 'silent' | 'error' | 'warn' | 'info' | 'debug';
  limits: Limits;
  /**
   * Requests per minute one client may send to /graphql (a client is its token's name, or its IP
   * address without a token); more are answered with HTTP 429 and Retry-After. 600 a minute is ten a
   * second: the explorer sends a handful per click and bursts of a few dozen when a view opens, a
   * script that scrapes the graph or guesses tokens sends far more.
   */
  rateLimitPerMinute: number;
  /**
   * Largest request body on /graphql, in bytes; larger ones get HTTP 413 before they are read. 8 MB
   * admits an article of INTAKE_MAX_BYTES (5 MB) sent base64-encoded (6.7 MB) to ingestArticle; an
   * ordinary query is a few kB.
   */
  requestMaxBytes: number;
  /** The built web app served at `/`. */
  webDist: string;
  seedDir: string;
  /**
   * The erasure register: every erasure (AVG) appended to a 0600 JSON Lines file outside the
   * database, so a restore of an older backup erases the person again (backup/erasureRegister.ts).
   */
  erasureRegister: string;
  /** Article intake: Frog (Dutch NLP) as a managed server, and the largest article file taken in. */
  intake: {
    frogCommand: string;
    frogPort: number;
    /** Frog's state file (pid, port) and log. */
    frogHome: string;
    /** 5 MB by default: a client story is tens of kB, a PDF with images a few MB. */
    maxBytes: number;
    /**
     * Most words of one article (after text extraction), refused before Frog sees it. 50,000 by
     * default: a client story has 500–3,000 words, a long report 30,000; Frog takes about a second
     * per 1,000 words, and an article of 200,000 words held a 1.3 GB Frog worker for minutes.
     */
    maxWords: number;
    /** Frog's time budget per article; past it the article is refused and its Frog worker stopped. 120 s: twice Frog's time on INTAKE_MAX_WORDS. */
    nlpTimeoutMs: number;
  };
}

export class ConfigError extends Error {}

/** The three roles, each allowed what the one before it may do: a reader reads, a curator changes the graph, an admin also erases, restores and manages tokens. */
export const ROLES = ['reader', 'curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiToken {
  name: string;
  role: Role;
  token: string;
}

const TOKEN_NAME = /^[\w.@-]{1,64}$/;

/** `name=token,name=token` → tokens of one role; a malformed pair stops start-up naming the variable (never the token). */
function namedTokens(variable: string, value: string, role: Role): ApiToken[] {
  return value
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair, i) => {
      const eq = pair.indexOf('=');
      const name = eq > 0 ? pair.slice(0, eq).trim() : '';
      const token = eq > 0 ? pair.slice(eq + 1).trim() : '';
      if (!TOKEN_NAME.test(name) || !token) {
        throw new ConfigError(`${variable}: entry ${i + 1} is not name=token (a name of letters, digits, ".", "_", "@" or "-", then "=", then the token). See the configuration table in README.md.`);
      }
      return { name, role, token };
    });
}

function parseTokens(e: Record<'KENNISGRAAF_API_TOKENS' | 'KENNISGRAAF_READER_TOKENS' | 'KENNISGRAAF_CURATOR_TOKENS' | 'KENNISGRAAF_ADMIN_TOKENS', string>): ApiToken[] {
  const legacy = e.KENNISGRAAF_API_TOKENS.split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((token, i): ApiToken => ({ name: `api-token-${i + 1}`, role: 'admin', token }));
  const all = [
    ...namedTokens('KENNISGRAAF_READER_TOKENS', e.KENNISGRAAF_READER_TOKENS, 'reader'),
    ...namedTokens('KENNISGRAAF_CURATOR_TOKENS', e.KENNISGRAAF_CURATOR_TOKENS, 'curator'),
    ...namedTokens('KENNISGRAAF_ADMIN_TOKENS', e.KENNISGRAAF_ADMIN_TOKENS, 'admin'),
    ...legacy,
  ];
  const names = new Set<string>();
  const tokens = new Set<string>();
  for (const t of all) {
    if (names.has(t.name)) throw new ConfigError(`Token name "${t.name}" is used twice; every token needs its own name (the audit records it as who).`);
    if (tokens.has(t.token)) throw new ConfigError(`Token "${t.name}" has the same token as another entry; give every name its own token.`);
    names.add(t.name);
    tokens.add(t.token);
  }
  return all;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration in the environment:\n${lines.join('\n')}\nSee the configuration table in README.md.`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not. Set NEO4J_USER and NEO4J_PASSWORD for that server, or unset NEO4J_URI to use the local one.');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      home: path.resolve(e.NEO4J_HOME),
      maxConnections: e.NEO4J_MAX_CONNECTIONS,
    },
    apiTokens: parseTokens(e),
    readsRequireToken: e.KENNISGRAAF_READS_REQUIRE_TOKEN,
    seedOnEmpty: e.KENNISGRAAF_SEED_ON_EMPTY,
    graphiql: e.KENNISGRAAF_GRAPHIQL,
    corsOrigins: e.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    logLevel: e.LOG_LEVEL,
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxCost: e.MAX_COST,
      maxPageSize: e.MAX_PAGE_SIZE,
      maxMunicipalities: 400,
      maxNeighborhoodNodes: e.MAX_NEIGHBORHOOD_NODES,
      maxNeighborhoodDepth: 3,
      maxNeighborhoodIds: 50,
      maxPinnedIds: 100,
      maxExcludedIds: 500,
      maxConnectIds: 5000,
      maxPathLength: 6,
      maxPaths: 20,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    requestMaxBytes: e.REQUEST_MAX_BYTES,
    webDist: path.join(REPO_ROOT, 'dist', 'web'),
    seedDir: path.join(REPO_ROOT, 'seed'),
    erasureRegister: path.resolve(e.KENNISGRAAF_ERASURE_REGISTER),
    intake: { frogCommand: e.FROG_COMMAND, frogPort: e.FROG_PORT, frogHome: path.resolve(e.FROG_HOME),
      maxBytes: e.INTAKE_MAX_BYTES,
      maxWords: e.INTAKE_MAX_WORDS,
      nlpTimeoutMs: e.INTAKE_NLP_TIMEOUT_MS,
    },
  };
}
