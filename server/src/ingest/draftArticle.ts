/**
 * Article text → a draft seed file for a curator: every known entity the text mentions, as a
 * mention with its sentence as the quote, and the capitalised names it does not know. The draft
 * states no relationships: deciding who did what for whom is the curator's work (seed/README.md).
 */
import type { ArticleFile } from '../seed/seedSchema.js';
import type { GraphDocument } from '../domain/graphDocument.js';
import { findMentions, findUnknownNames, type LexiconEntry, type Mention } from './findMentions.js';

export interface ArticleDraft {
  file: ArticleFile;
  mentions: Mention[];
  unknownNames: string[];
}

function lexiconOf(doc: GraphDocument): LexiconEntry[] {
  return doc.entities.filter((e) => e.type !== 'ENGAGEMENT').map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases }));
}

export function draftArticle(text: string, sourceId: string, doc: GraphDocument): ArticleDraft {
  const lexicon = lexiconOf(doc);
  const mentions = findMentions(text, lexicon);
  return {
    file: {
      source: sourceId,
      entities: mentions.map((m) => ({ type: m.type, id: m.id, aliases: [], provenance: [{ source: sourceId, quote: m.quote }] })),
      relations: [],
    },
    mentions,
    unknownNames: findUnknownNames(text, lexicon),
  };
}
