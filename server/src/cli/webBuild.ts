/**
 * The web app's build, only when its inputs changed: `npm start` (through buildWeb.ts) and the
 * browser tests (tests/e2e/ensureWebBuild.ts) use this one function. The inputs are every file
 * under web/ (sources, index.html, public/, vite.config.ts; not the generated code, which follows
 * from the rest), schema.graphql and codegen.ts (the generated types and documents) and
 * package-lock.json (the libraries in the bundle). Their content hash is written beside the build
 * (dist/web/.build-stamp; sirv serves no dotfiles); a start with the same hash skips the build
 * (≈ 50 s), so a later `npm start` takes seconds. Content, not mtimes: a checkout or a codegen run
 * that rewrites a file with the same text does not count as a change.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const WEB = join(REPO, 'web');
const OUT = join(REPO, 'dist', 'web');
const STAMP = join(OUT, '.build-stamp');
const GENERATED = join(WEB, 'src', 'api', 'generated');
const OTHER_INPUTS = ['schema.graphql', 'codegen.ts', 'package-lock.json'];

function filesUnder(dir: string): string[] {
  if (dir === GENERATED) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The hash of every input, names included (a renamed or deleted file changes it too). */
function webBuildStamp(): string {
  const hash = createHash('sha256');
  const files = [...filesUnder(WEB), ...OTHER_INPUTS.map((f) => join(REPO, f))].map((f) => relative(REPO, f)).sort();
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(REPO, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function builtStamp(): string | null {
  if (!existsSync(join(OUT, 'index.html')) || !existsSync(STAMP)) return null;
  return readFileSync(STAMP, 'utf8').trim();
}

/**
 * Runs codegen and `vite build` unless dist/web was built from the same inputs (or `force`).
 * Returns whether it built.
 */
export async function ensureWebBuild(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<boolean> {
  const stamp = webBuildStamp();
  if (!options.force && builtStamp() === stamp) return false;
  options.log?.('Building the web app (its sources changed since the last build) …');
  execFileSync('npm', ['run', '--silent', 'codegen'], { cwd: REPO, stdio: 'inherit' });
  const { build } = await import('vite');
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(STAMP, `${stamp}\n`);
  return true;
}
