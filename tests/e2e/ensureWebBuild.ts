/**
 * The browser tests run against dist/web as the server serves it. Build it first when it is missing or
 * older than a file under web/ (the server reads the folder once at start-up, so this runs before it).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const WEB = join(REPO, 'web');
const BUILT = join(REPO, 'dist', 'web', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export async function ensureWebBuild(): Promise<void> {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestMtime(WEB)) return;
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}
