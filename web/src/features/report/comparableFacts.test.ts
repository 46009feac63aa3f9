import { describe, expect, it } from 'vitest';
import type { Comparable, ComparableResult } from '../comparable-municipalities/comparableQuery';
import { factsVariables, sharedFacts } from './comparableFacts';
import { createFootnotes } from './footnotes';
import type { ReportEngagement } from './reportQueries';

const source = (id: string) => ({ id, title: `Artikel ${id}`, publisher: 'Bureau', date: '2020-01-01', url: null, kind: 'CLIENT_STORY' as const });
const ref = (id: string, name: string, type: 'MUNICIPALITY' | 'REGION' = 'MUNICIPALITY') => ({ id, name, type });
const subject = ref('gemeente-a', 'A');

const item = (id: string, extra: Record<string, string | null> = {}) => ({
  id,
  name: id,
  weight: 1,
  subjectVia: null,
  candidateVia: null,
  fromPredecessor: null,
  subjectFromPredecessor: null,
  curated: true,
  ...extra,
});

/** A ranked gemeente with a THEMES and a CONSULTANCIES part (only what the report reads). */
function result(id: string, name: string, themes: ReturnType<typeof item>[], consultancies: ReturnType<typeof item>[] = []): Comparable {
  const part = (kind: string, shared: ReturnType<typeof item>[]) => ({ kind, shared, sharedIds: shared.map((s) => s.id) });
  return { municipality: { ...ref(id, name), province: null, corop: null }, explanation: [part('SIZE', []), part('THEMES', themes), part('CONSULTANCIES', consultancies)] } as unknown as Comparable;
}

function engagement(id: string, clients: ReturnType<typeof ref>[], themes: string[], consultancies: string[], quotes: string[]): ReportEngagement {
  return {
    id,
    name: `Traject ${id}`,
    clients,
    themes: themes.map((t) => ({ id: t })),
    consultancies: consultancies.map((c) => ({ id: c })),
    provenance: quotes.map((quote) => ({ quote, source: source(id) })),
  };
}

describe('the facts behind a comparison', () => {
  it('asks for the subject, the ranked gemeenten and the themes and bureaus they share, once each', () => {
    const ranking = { subject, results: [result('gemeente-b', 'B', [item('jeugd'), item('wmo')], [item('bureau-x')]), result('gemeente-c', 'C', [item('jeugd')])] } as unknown as ComparableResult;
    expect(factsVariables(ranking)).toEqual({
      ids: ['gemeente-a', 'gemeente-b', 'gemeente-c'],
      themes: ['jeugd', 'wmo'],
      consultancies: ['bureau-x'],
      withThemes: true,
      withConsultancies: true,
      first: 100,
    });
  });

  it("cites for each shared item an engagement of each side, through a region where the score counts it so, and says when there is none", () => {
    const r = result('gemeente-b', 'B', [item('jeugd', { candidateVia: 'Regio Rivierenland' }), item('wmo')], [item('bureau-x')]);
    const engagements = [
      engagement('e1', [ref('regio-rivierenland', 'Regio Rivierenland', 'REGION')], ['jeugd'], [], ['quote 1']),
      engagement('e2', [subject], ['jeugd', 'wmo'], ['bureau-x'], ['quote 2']),
      // Without evidence: chosen only when no engagement with a quote gives the item.
      engagement('e3', [ref('gemeente-b', 'B')], ['wmo'], [], []),
      engagement('e4', [ref('gemeente-b', 'B')], ['wmo'], ['bureau-x'], ['quote 4']),
      // Another gemeente's: never cited for B.
      engagement('e5', [ref('gemeente-z', 'Z')], ['jeugd'], [], ['quote 5']),
    ];
    const notes = createFootnotes();
    const facts = sharedFacts(r, subject, engagements, notes);
    expect([...facts.keys()]).toEqual(['THEMES', 'CONSULTANCIES']);
    expect(facts.get('THEMES')).toEqual([
      { id: 'jeugd', name: 'jeugd', candidate: { engagement: 'Traject e1', refs: [1] }, subject: { engagement: 'Traject e2', refs: [2] } },
      { id: 'wmo', name: 'wmo', candidate: { engagement: 'Traject e4', refs: [3] }, subject: { engagement: 'Traject e2', refs: [2] } },
    ]);
    expect(facts.get('CONSULTANCIES')).toEqual([{ id: 'bureau-x', name: 'bureau-x', candidate: { engagement: 'Traject e4', refs: [3] }, subject: { engagement: 'Traject e2', refs: [2] } }]);
    expect(notes.list().map((n) => n.quote)).toEqual(['quote 1', 'quote 2', 'quote 4']);

    const none = sharedFacts(result('gemeente-c', 'C', [item('jeugd')]), subject, engagements.slice(2), createFootnotes());
    expect(none.get('THEMES')).toEqual([{ id: 'jeugd', name: 'jeugd', candidate: null, subject: null }]);
  });
});
