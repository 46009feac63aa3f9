/**
 * `npm run build:web` (always builds) and the first half of `npm start` (`--if-changed`: builds only
 * when the web app's inputs changed since the last build; webBuild.ts says which).
 */
import { ensureWebBuild } from './webBuild.js';

const ifChanged = process.argv.includes('--if-changed');
const built = await ensureWebBuild({ force: !ifChanged, log: (line) => console.error(line) });
if (ifChanged && !built) console.error('The web app is up to date (dist/web).');
