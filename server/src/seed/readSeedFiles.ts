/**
 * Reads a seed folder: the curated facts (sources.json, gemeenten.json, themes.json,
 * articles/*.json) and the reference data (reference/sources.json and the CBS CSV files in
 * reference/), each file with its path relative to the folder. JSON files are parsed; CSV files
 * are handed on as text (validateSeed parses them).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SeedFile } from './validateSeed.js';
import { SeedValidationError } from './validateSeed.js';
import { REFERENCE_FOLDER } from '../reference/referenceFiles.js';

export function readSeedFiles(dir: string): SeedFile[] {
  const names = ['sources.json', `${REFERENCE_FOLDER}/sources.json`, 'gemeenten.json', 'themes.json'].filter((n) => fs.existsSync(path.join(dir, n)));
  const reference = path.join(dir, REFERENCE_FOLDER);
  if (fs.existsSync(reference)) {
    for (const f of fs.readdirSync(reference).sort()) if (f.endsWith('.csv')) names.push(`${REFERENCE_FOLDER}/${f}`);
  }
  const articles = path.join(dir, 'articles');
  if (fs.existsSync(articles)) {
    for (const f of fs.readdirSync(articles).sort()) if (f.endsWith('.json')) names.push(`articles/${f}`);
  }
  return names.map((name) => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    if (name.endsWith('.csv')) return { name, content: text };
    try {
      return { name, content: JSON.parse(text) as unknown };
    } catch (e) {
      throw new SeedValidationError([{ file: name, record: '(file)', field: '(json)', message: `not valid JSON: ${(e as Error).message}` }]);
    }
  });
}
