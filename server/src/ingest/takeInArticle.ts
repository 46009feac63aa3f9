/**
 * One article in: its text (already extracted: the snapshot) → Dutch NLP → proposals → saved as
 * a source with PENDING proposals. Shared by `ingestArticle` (GraphQL) and `npm run intake`. The
 * source id comes from the text: the same text is the same source (found by its sha256), whatever
 * title or URL it is given the second time.
 */
import type { Database } from '../db/database.js';
import { EMPTY_PROGRESS, proposalsOfSource, reviewProgressOf } from '../db/readProposals.js';
import { saveIntake, sourceIdOfText, textHash } from '../db/saveProposals.js';
import type { IntakeResultRef } from '../db/proposalRecords.js';
import { slugify, type SourceKind } from '../domain/vocabulary.js';
import type { DutchNlp } from '../nlp/frogService.js';
import type { ArticleFormat } from './extractText.js';
import { lexiconFromGraph } from './lexicon.js';
import { createArticleReader } from './readArticle.js';

export interface ArticleInput {
  text: string;
  format: ArticleFormat;
  meta: { title: string; url: string | null; date: string | null; publisher: string | null; kind: SourceKind; author: string | null };
}

export async function takeInArticle(db: Database, nlp: DutchNlp, input: ArticleInput): Promise<IntakeResultRef> {
  const hash = textHash(input.text);
  const sourceId = (await sourceIdOfText(db, hash)) ?? `src-${slugify(input.meta.title).slice(0, 50).replace(/-+$/, '') || 'artikel'}-${hash.slice(0, 8)}`;
  const started = Date.now();
  const sentences = await nlp.analyse(input.text);
  const nlpMillis = Date.now() - started;
  const draft = createArticleReader(await lexiconFromGraph(db)).read(sentences, { title: input.meta.title, publisher: input.meta.publisher, date: input.meta.date });
  const props = Object.fromEntries(
    Object.entries({ ...input.meta, id: sourceId, language: 'nl', textRetrieved: new Date().toISOString().slice(0, 10) }).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  );
  const saved = await saveIntake(db, { sourceId, text: input.text, hash, format: input.format, props }, draft);
  const [proposals, progress] = await Promise.all([proposalsOfSource(db, sourceId, null), reviewProgressOf(db, [sourceId])]);
  return { ...saved, proposals, progress: progress.get(sourceId) ?? EMPTY_PROGRESS, nlpMillis };
}
