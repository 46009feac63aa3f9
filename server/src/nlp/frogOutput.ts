/**
 * Frog's tab-separated output → sentences of tokens. One line per token:
 * index, word, lemma, morphology, POS tag, POS confidence, NER (BIO: B-PER, I-ORG, O …), chunk (BIO),
 * then parser columns (empty: Kennisgraaf runs Frog without the dependency parser). An empty line
 * ends a sentence. Pure.
 */

export type NerClass = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'PRO' | 'EVE';

export interface FrogToken {
  word: string;
  lemma: string;
  /** CGN tag, e.g. `SPEC(deeleigen)`, `N(soort,mv,basis)`, `WW(pv,tgw,ev)`. */
  pos: string;
  posConfidence: number;
  /** Named-entity tag in BIO form: `B-PER`, `I-PER`, `O`. */
  ner: string;
  /** Phrase chunk in BIO form: `B-NP`, `I-PP`, `O`. */
  chunk: string;
}

export function parseFrogOutput(output: string): FrogToken[][] {
  const sentences: FrogToken[][] = [];
  let current: FrogToken[] = [];
  for (const line of output.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 8 || !/^\d+$/.test(cols[0]!)) {
      if (line.trim() === '' && current.length) {
        sentences.push(current);
        current = [];
      }
      continue;
    }
    current.push({
      word: cols[1]!,
      lemma: cols[2]!,
      pos: cols[4]!,
      posConfidence: Number(cols[5]) || 0,
      ner: cols[6]! || 'O',
      chunk: cols[7]! || 'O',
    });
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** The entity class of a BIO tag (`B-PER` → PER), or null for O and unknown classes. */
export function nerClass(tag: string): NerClass | null {
  const m = /^[BI]-(PER|ORG|LOC|MISC|PRO|EVE)$/.exec(tag);
  return m ? (m[1] as NerClass) : null;
}
