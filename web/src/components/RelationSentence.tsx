import type { ReactNode } from 'react';
import './RelationSentence.css';

/** A relationship read as a sentence: one end, the verb (a phrase, or a button that selects the relation), the other end. */
export function RelationSentence({ from, verb, to, large = false }: { from: ReactNode; verb: ReactNode; to: ReactNode; large?: boolean }) {
  return (
    <p className={large ? 'relation-sentence large' : 'relation-sentence'}>
      {from} {verb} {to}
    </p>
  );
}
