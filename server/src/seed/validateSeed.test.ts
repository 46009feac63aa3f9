import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedFiles } from './readSeedFiles.js';
import { SeedValidationError, validateSeed, type SeedFile } from './validateSeed.js';
import { REPO_ROOT } from '../config.js';

const seedFiles = () => readSeedFiles(path.join(REPO_ROOT, 'seed'));
const clone = (files: SeedFile[]) => files.map((f) => ({ ...f, content: structuredClone(f.content) }));

function article(files: SeedFile[], name: string) {
  const f = files.find((x) => x.name === `articles/${name}.json`);
  if (!f) throw new Error(`no article ${name}`);
  return f.content as { entities: Record<string, unknown>[]; relations: Record<string, unknown>[] };
}

function problemsOf(files: SeedFile[]) {
  try {
    validateSeed(files);
  } catch (e) {
    if (e instanceof SeedValidationError) return e;
    throw e;
  }
  throw new Error('expected the seed to be refused');
}

describe('validateSeed', () => {
  it('accepts the curated seed and gives every fact provenance', () => {
    const doc = validateSeed(seedFiles());
    expect(doc.entities.length).toBeGreaterThan(50);
    for (const fact of [...doc.entities, ...doc.relations]) expect(fact.provenance.length).toBeGreaterThan(0);
  });

  it('refuses a dangling reference and names file, record and field', () => {
    const files = clone(seedFiles());
    article(files, 'src-jso-waddinxveen').relations.push({
      type: 'BY',
      from: 'eng-waddinxveen-dienstverleningsstrategie',
      to: 'consultancy-does-not-exist',
      provenance: [{ source: 'src-jso-waddinxveen', quote: 'een quote' }],
    });
    const err = problemsOf(files);
    expect(err.problems).toContainEqual(
      expect.objectContaining({ file: 'articles/src-jso-waddinxveen.json', field: 'to', message: expect.stringContaining('consultancy-does-not-exist') }),
    );
    expect(err.message).toMatch(/eng-waddinxveen-dienstverleningsstrategie BY consultancy-does-not-exist/);
  });

  // Issue 19: javascript: URLs were stored in Source.url and website.
  it('refuses a source url or a website that is not http(s), saying what to send', () => {
    const files = clone(seedFiles());
    const sources = files.find((f) => f.name === 'sources.json')!.content as { sources: Record<string, unknown>[] };
    sources.sources[0]!.url = 'javascript:alert(document.cookie)';
    article(files, 'src-jso-waddinxveen').entities.push({
      type: 'CONSULTANCY',
      id: 'consultancy-link-test',
      name: 'Bureau Link',
      website: 'data:text/html,<script>alert(1)</script>',
      provenance: [{ source: 'src-jso-waddinxveen', quote: 'een quote' }],
    });
    const { problems } = problemsOf(files);
    const messages = problems.map((p) => p.message).join('\n');
    expect(messages).toMatch(/"javascript:" addresses are not accepted; send a full web address starting with http:\/\/ or https:\/\//);
    expect(messages).toMatch(/"data:" addresses are not accepted/);
  });

  it('refuses a duplicate id and says where the first one is', () => {
    const files = clone(seedFiles());
    article(files, 'src-den-helder-interview').entities.push({
      type: 'CONSULTANCY',
      id: 'consultancy-kern-konsult',
      name: 'Kern Konsult (nog eens)',
      provenance: [{ source: 'src-den-helder-interview', quote: 'een quote' }],
    });
    const [problem] = problemsOf(files).problems;
    expect(problem).toMatchObject({ field: 'id', message: expect.stringContaining('duplicate id "consultancy-kern-konsult": already defined in articles/') });
    // One file is named as the place of the duplicate, the other as the place of the first definition.
    expect(`${problem!.file} ${problem!.message}`).toMatch(/src-den-helder-interview.*src-kern-konsult-drechtsteden|src-kern-konsult-drechtsteden.*src-den-helder-interview/);
  });

  it('refuses an unknown theme', () => {
    const files = clone(seedFiles());
    article(files, 'src-jso-waddinxveen').relations.push({
      type: 'ABOUT',
      from: 'eng-waddinxveen-dienstverleningsstrategie',
      to: 'geluk',
      provenance: [{ source: 'src-jso-waddinxveen', quote: 'een quote' }],
    });
    expect(problemsOf(files).problems).toContainEqual(expect.objectContaining({ field: 'to', message: expect.stringContaining('unknown theme "geluk"') }));
  });

  it('refuses a fact without a quote, naming the record and the field', () => {
    const files = clone(seedFiles());
    const a = article(files, 'src-kern-konsult-drechtsteden');
    (a.entities[0]!.provenance as { quote: string }[])[0]!.quote = '';
    const err = problemsOf(files);
    expect(err.problems[0]).toMatchObject({ file: 'articles/src-kern-konsult-drechtsteden.json', record: expect.stringMatching(/^entities\[0\]/), field: 'provenance.0.quote' });
  });

  it('refuses provenance that cites an unknown source', () => {
    const files = clone(seedFiles());
    (article(files, 'src-jso-waddinxveen').relations[0]!.provenance as { source: string }[])[0]!.source = 'src-bestaat-niet';
    expect(problemsOf(files).problems).toContainEqual(expect.objectContaining({ message: expect.stringContaining('unknown source "src-bestaat-niet"') }));
  });

  it('refuses a relation that breaks the type rules', () => {
    const files = clone(seedFiles());
    article(files, 'src-jso-waddinxveen').relations.push({
      type: 'BY',
      from: 'person-fenneke-de-graaf',
      to: 'consultancy-jso',
      provenance: [{ source: 'src-jso-waddinxveen', quote: 'een quote' }],
    });
    expect(problemsOf(files).problems).toContainEqual(expect.objectContaining({ field: 'type', message: expect.stringContaining('BY connects ENGAGEMENT') }));
  });

  it('refuses a cycle in the theme hierarchy', () => {
    const files = clone(seedFiles());
    const themes = (files.find((f) => f.name === 'themes.json')!.content as { themes: { id: string; broader: string[] }[] }).themes;
    const top = themes.find((t) => t.broader.length === 0)!;
    const child = themes.find((t) => t.broader.includes(top.id))!;
    top.broader = [child.id];
    expect(problemsOf(files).problems).toContainEqual(expect.objectContaining({ message: 'the theme hierarchy has a cycle' }));
  });
});
