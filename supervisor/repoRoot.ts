/**
 * The repository's root folder, for the server, the Neo4j launcher and the tests alike: it lives
 * here, beside both, so that the launcher need not import the server's configuration to find it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
