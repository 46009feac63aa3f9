/**
 * The browser tests run against dist/web as the server serves it. Build it first when its inputs
 * changed since the last build — the same check `npm start` makes (server/src/cli/webBuild.ts);
 * the server reads the folder once at start-up, so this runs before it.
 */
import { ensureWebBuild as buildWhenChanged } from '../../server/src/cli/webBuild.js';

export async function ensureWebBuild(): Promise<void> {
  await buildWhenChanged();
}
