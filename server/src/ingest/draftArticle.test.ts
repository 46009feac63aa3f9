import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences.js';
import { findMentions, findUnknownNames, type LexiconEntry } from './findMentions.js';
import { draftArticle } from './draftArticle.js';
import { REPO_ROOT } from '../config.js';
import { readSeedFiles } from '../seed/readSeedFiles.js';
import { validateSeed } from '../seed/validateSeed.js';
import { articleFileSchema } from '../seed/seedSchema.js';

const lexicon: LexiconEntry[] = [
  { id: 'regio-drechtsteden', type: 'REGION', name: 'Drechtsteden', aliases: [] },
  { id: 'org-sociale-dienst-drechtsteden', type: 'ORGANIZATION', name: 'Sociale Dienst Drechtsteden', aliases: [] },
  { id: 'projectmatigCreeren', type: 'THEME', name: 'Projectmatig Creëren', aliases: [] },
  { id: 'wmo', type: 'THEME', name: 'Wmo 2015', aliases: ['WMO', 'Wet maatschappelijke ondersteuning'] },
];

describe('splitSentences', () => {
  it('splits on sentence ends but not on abbreviations, and keeps the text verbatim', () => {
    const text = 'De gemeente werkt o.a. aan preventie. “Het was mooi.” Daarna kwam de Wmo!\nNieuwe alinea';
    expect(splitSentences(text)).toEqual(['De gemeente werkt o.a. aan preventie.', '“Het was mooi.”', 'Daarna kwam de Wmo!', 'Nieuwe alinea']);
  });
});

describe('findMentions', () => {
  it('finds the longest known name, folds diacritics and case, and quotes the sentence', () => {
    const text = 'Gabrielle werkt bij de Sociale Dienst Drechtsteden. Het traject projectmatig creeren liep goed. De WMO veranderde.';
    const mentions = findMentions(text, lexicon);
    expect(mentions.map((m) => m.id).sort()).toEqual(['org-sociale-dienst-drechtsteden', 'projectmatigCreeren', 'wmo']);
    expect(mentions.find((m) => m.id === 'wmo')?.quote).toBe('De WMO veranderde.');
  });

  it('matches whole words only', () => {
    expect(findMentions('De Drechtstedenaren kwamen.', lexicon)).toEqual([]);
  });

  it('finds a gemeente only where its name is written with a capital: many are ordinary words too', () => {
    const places: LexiconEntry[] = [{ id: 'gemeente-leek', type: 'MUNICIPALITY', name: 'Leek', aliases: ['Gemeente Leek'] }];
    expect(findMentions('In eerste instantie leek het te werken.', places)).toEqual([]);
    expect(findMentions('De gemeente Leek deed mee.', places).map((m) => m.id)).toEqual(['gemeente-leek']);
  });

  it('lists capitalised names it does not know', () => {
    expect(findUnknownNames('Samen met Nathalie de Man van Kern Konsult en de Sociale Dienst Drechtsteden.', lexicon)).toEqual(['Kern Konsult', 'Nathalie de Man']);
  });
});

const TEXTS = path.join(REPO_ROOT, 'seed', 'texts');
const fold = (s: string) => s.replace(/\s+/g, ' ');

describe('draftArticle on a real article', () => {
  const doc = validateSeed(readSeedFiles(path.join(REPO_ROOT, 'seed')));

  it('drafts a valid seed file whose quotes stand verbatim in the article', () => {
    const text = fs.readFileSync(path.join(TEXTS, 'src-jso-waddinxveen.txt'), 'utf8');
    const draft = draftArticle(text, 'src-draft', doc);
    expect(articleFileSchema.safeParse(draft.file).success).toBe(true);
    expect(draft.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['gemeente-waddinxveen', 'consultancy-jso', 'person-fenneke-de-graaf', 'eigenKracht', 'klantreis']));
    for (const e of draft.file.entities) expect(fold(text)).toContain(fold(e.provenance[0]!.quote));
  });

  it('names the people and bureaus of an article the graph does not know yet', () => {
    const text = fs.readFileSync(path.join(TEXTS, 'src-kern-konsult-drechtsteden.txt'), 'utf8');
    const withoutThisArticle = { ...doc, entities: doc.entities.filter((e) => !e.provenance.every((p) => p.source === 'src-kern-konsult-drechtsteden')) };
    const draft = draftArticle(text, 'src-draft', withoutThisArticle);
    expect(draft.unknownNames).toEqual(expect.arrayContaining(['Kern Konsult', 'Gabrielle Rypma', 'Nathalie de Man']));
  });
});
