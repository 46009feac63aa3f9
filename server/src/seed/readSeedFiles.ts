/** Reads the seed folder (sources.json, gemeenten.json, themes.json, articles/*.json). */
import fs from 'node:fs';
import path from 'node:path';
import type { SeedFile } from './validateSeed.js';
import { SeedValidationError } from './validateSeed.js';

export function readSeedFiles(dir: string): SeedFile[] {
  const names = ['sources.json', 'gemeenten.json', 'themes.json'].filter((n) => fs.existsSync(path.join(dir, n)));
  const articles = path.join(dir, 'articles');
  if (fs.existsSync(articles)) {
    for (const f of fs.readdirSync(articles).sort()) if (f.endsWith('.json')) names.push(`articles/${f}`);
  }
  return names.map((name) => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    try {
      return { name, content: JSON.parse(text) as unknown };
    } catch (e) {
      throw new SeedValidationError([{ file: name, record: '(file)', field: '(json)', message: `not valid JSON: ${(e as Error).message}` }]);
    }
  });
}
