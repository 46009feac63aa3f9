/** What every resolver gets: the database, the configuration and this request's loaders. */
import type { YogaInitialContext } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Caller, CredentialProblem } from './roles.js';

export interface AppContext {
  db: Database;
  config: Config;
  loaders: Loaders;
  requestId: string;
  /** The token's name and role; null without a (valid) token. Set by plugins/use-api-token.ts before execution. */
  caller: Caller | null;
  /** Why `caller` is null (no header, a header of another form, an unknown token); null with a known token. */
  credentialProblem: CredentialProblem | null;
}

export function createContextFactory(db: Database, config: Config) {
  return (initial: YogaInitialContext & { requestId?: string }): AppContext => ({
    db,
    config,
    loaders: createLoaders(db),
    requestId: initial.requestId ?? 'unknown',
    caller: null,
    credentialProblem: 'missing',
  });
}
