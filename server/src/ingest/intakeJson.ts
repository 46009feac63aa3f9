/**
 * Proposals → the one JSON document `npm run intake -- <file> --json` prints:
 * `{"entities":[{name,type,quote,confidence}],"relations":[{type,from,to,quote,confidence}]}`,
 * types from the data model, `from`/`to` the names as the article writes them (the engagement by
 * its proposed name). Only proposals at or above the confidence threshold, and only relations whose
 * both ends are printed. Pure.
 */
import type { EntityType, RelationType } from '../domain/vocabulary.js';
import type { IntakeDraft } from './intakeTypes.js';

export interface IntakeJson {
  entities: { name: string; type: EntityType; quote: string; confidence: number }[];
  relations: { type: RelationType; from: string; to: string; quote: string; confidence: number }[];
}

/** The threshold of the printed document: below it, a proposal is for the review queue only. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

export function toIntakeJson(draft: IntakeDraft, minConfidence = DEFAULT_MIN_CONFIDENCE): IntakeJson {
  const shown = draft.entities.filter((e) => e.confidence >= minConfidence);
  const byKey = new Map(shown.map((e) => [e.key, e]));
  return {
    entities: shown.map((e) => ({ name: e.name, type: e.type, quote: e.quote, confidence: e.confidence })),
    relations: draft.relations
      .filter((r) => r.confidence >= minConfidence && byKey.has(r.from) && byKey.has(r.to))
      .map((r) => ({ type: r.type, from: byKey.get(r.from)!.name, to: byKey.get(r.to)!.name, quote: r.quote, confidence: r.confidence })),
  };
}
