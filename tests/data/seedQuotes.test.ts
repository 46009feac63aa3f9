/**
 * Every quote in an article seed file must stand verbatim in that article (whitespace folded).
 * The articles live outside the repo (../shared/seeds); without them this check is skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';

const ARTICLES = process.env.SEED_TEXTS ?? path.resolve(REPO_ROOT, '..', 'shared', 'seeds');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

const sources = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'seed', 'sources.json'), 'utf8')) as { sources: { id: string; file: string | null }[] }).sources;
const articleFiles = fs.readdirSync(path.join(REPO_ROOT, 'seed', 'articles')).filter((f) => f.endsWith('.json'));

describe.skipIf(!fs.existsSync(ARTICLES))('article quotes', () => {
  for (const file of articleFiles) {
    it(`quotes ${file} verbatim`, () => {
      const data = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'seed', 'articles', file), 'utf8')) as {
        source: string;
        entities: { id: string; provenance: { source: string; quote: string }[] }[];
        relations: { from: string; type: string; to: string; provenance: { source: string; quote: string }[] }[];
      };
      const source = sources.find((s) => s.id === data.source);
      expect(source?.file, `source ${data.source} names its article file`).toBeTruthy();
      const text = fold(fs.readFileSync(path.join(ARTICLES, source!.file!), 'utf8'));
      const missing: string[] = [];
      for (const fact of [...data.entities.map((e) => ({ label: e.id, p: e.provenance })), ...data.relations.map((r) => ({ label: `${r.from} ${r.type} ${r.to}`, p: r.provenance }))]) {
        for (const p of fact.p) if (p.source === data.source && !text.includes(fold(p.quote))) missing.push(`${fact.label}: "${p.quote}"`);
      }
      expect(missing).toEqual([]);
    });
  }
});
