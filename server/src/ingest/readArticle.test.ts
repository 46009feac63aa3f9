/**
 * The rules after Frog, on Frog's saved analysis of two fixture texts (tests/fixtures/intake/frog,
 * written by a real Frog 0.20 from the snapshot), so the unit layer checks the pipeline without
 * Frog: a client story gets its engagement, client, bureau, people and their roles; an interview
 * without a bureau gets no engagement and its themes as FACES of the gemeente.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.js';
import { parseFrogOutput } from '../nlp/frogOutput.js';
import { alignTokens } from '../nlp/alignTokens.js';
import { reflowText } from './reflowText.js';
import { lexiconFromSeed } from './lexicon.js';
import { createArticleReader, headlineOf } from './readArticle.js';
import { toIntakeJson } from './intakeJson.js';

const DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'intake');
const reader = createArticleReader(lexiconFromSeed(path.join(REPO_ROOT, 'seed')));

function read(name: string) {
  const text = reflowText(fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8'));
  const sentences = alignTokens(text, parseFrogOutput(fs.readFileSync(path.join(DIR, 'frog', `${name}.frog.tsv`), 'utf8')));
  const draft = reader.read(sentences, { title: headlineOf(text) });
  return { text, draft, json: toIntakeJson(draft) };
}

describe('reading a client story (saved Frog analysis)', () => {
  const { text, draft, json } = read('movisie-zwolle');
  const rel = (type: string, from: string, to: string) => json.relations.find((r) => r.type === type && r.from === from && r.to === to);
  const engagement = json.entities.find((e) => e.type === 'ENGAGEMENT')!;

  it('finds the bureau, the gemeente (linked to the graph) and the people', () => {
    expect(json.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'CONSULTANCY', name: 'Movisie' }),
        expect.objectContaining({ type: 'MUNICIPALITY', name: 'Zwolle' }),
        expect.objectContaining({ type: 'PERSON', name: 'Sanne Bakker' }),
        expect.objectContaining({ type: 'PERSON', name: 'Ilse Hoekstra' }),
      ]),
    );
    expect(draft.entities.find((e) => e.type === 'MUNICIPALITY')?.linkedEntityId).toBe('gemeente-zwolle');
  });

  it('proposes the engagement with its client, bureau and themes, and who worked on it as what', () => {
    expect(engagement.name).toBe('Wijkteams Zwolle: van losse loketten naar één team in de wijk');
    expect(rel('FOR', engagement.name, 'Zwolle')).toBeTruthy();
    expect(rel('BY', engagement.name, 'Movisie')).toBeTruthy();
    expect(rel('ABOUT', engagement.name, 'preventie')).toBeTruthy();
    expect(rel('WORKS_AT', 'Sanne Bakker', 'Movisie')).toBeTruthy();
    expect(rel('WORKS_AT', 'Ilse Hoekstra', 'Zwolle')).toBeTruthy();
    const roles = draft.relations.filter((r) => r.type === 'WORKED_ON').map((r) => [r.from, r.role]);
    expect(roles).toEqual(expect.arrayContaining([['PERSON|sanne bakker', 'CONSULTANT'], ['PERSON|ilse hoekstra', 'CLIENT_CONTACT']]));
  });

  it('quotes sentences verbatim and respects the relation rules', () => {
    for (const p of [...draft.entities, ...draft.relations]) {
      expect(text.slice(p.quoteStart, p.quoteStart + p.quote.length)).toBe(p.quote);
      expect(p.quote).not.toContain('\n');
    }
  });

  it('is deterministic: the same text gives the same proposals', () => {
    expect(read('movisie-zwolle').draft).toEqual(draft);
  });
});

describe('reading an interview without a bureau (saved Frog analysis)', () => {
  const { json } = read('interview-ede');

  it('invents no bureau and no engagement ("een adviesbureau" stays unnamed)', () => {
    expect(json.entities.filter((e) => e.type === 'CONSULTANCY' || e.type === 'ENGAGEMENT')).toEqual([]);
  });

  it('gives the wethouder his gemeente and party, and the themes to the gemeente', () => {
    expect(json.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'WORKS_AT', from: 'Peter Koster', to: 'Ede' }),
        expect.objectContaining({ type: 'MEMBER_OF', from: 'Peter Koster', to: 'ChristenUnie' }),
        expect.objectContaining({ type: 'FACES', from: 'Ede', to: 'preventie' }),
      ]),
    );
  });
});
