/**
 * Dated engagements for the timeline's tests (tests/api/timeline.test.ts, tests/e2e/timeline.test.ts):
 * the fixture graph has one engagement with a start year, too few for a time axis. Twelve
 * engagements from 2012 to 2021 for Waddinxveen, Gouda and Westland by JSO and two test bureaus,
 * with and without an end, and three without a start ("periode onbekend"), all marked synthetic
 * (written with writeGraph, removed by removeSyntheticGraph as `npm run synth:remove` does).
 */
import type { GraphDocument } from '../../server/src/domain/graphDocument.js';
import { syntheticDocument, syntheticEvidence } from '../../server/src/domain/generateSyntheticGraph.js';

export const TIMELINE_BUREAU_A = 'consultancy-tijdlijntest-a';
export const TIMELINE_BUREAU_B = 'consultancy-tijdlijntest-b';

/** [id suffix, client, bureau, theme, start, end] of each test engagement. */
const TIMELINE_ENGAGEMENTS: readonly (readonly [string, string, string, string, string | null, string | null])[] = [
  ['01', 'gemeente-waddinxveen', 'consultancy-jso', 'eigenKracht', '2012', '2013'],
  ['02', 'gemeente-waddinxveen', 'consultancy-jso', 'preventie', '2014-03', '2015-06'],
  ['03', 'gemeente-gouda', TIMELINE_BUREAU_A, 'eigenKracht', '2015', null],
  ['04', 'gemeente-gouda', TIMELINE_BUREAU_A, 'jeugdzorg', '2017-01', '2018'],
  ['05', 'gemeente-gouda', 'consultancy-jso', 'preventie', '2019', null],
  ['06', 'gemeente-westland', TIMELINE_BUREAU_A, 'eigenKracht', '2020-05-01', '2021-12'],
  ['07', 'gemeente-westland', TIMELINE_BUREAU_B, 'jeugdzorg', '2021', null],
  ['08', 'gemeente-gouda', TIMELINE_BUREAU_B, 'preventie', '2013-09', '2014'],
  ['09', 'gemeente-waddinxveen', TIMELINE_BUREAU_B, 'eigenKracht', '2018', '2020'],
  ['10', 'gemeente-westland', TIMELINE_BUREAU_A, 'preventie', null, null],
  ['11', 'gemeente-gouda', TIMELINE_BUREAU_B, 'jeugdzorg', null, null],
  ['12', 'gemeente-waddinxveen', TIMELINE_BUREAU_A, 'eigenKracht', null, null],
];

export const timelineEngagementId = (suffix: string) => `eng-tijdlijntest-${suffix}`;

export function timelineGraph(): GraphDocument {
  const entities: GraphDocument['entities'] = [TIMELINE_BUREAU_A, TIMELINE_BUREAU_B].map((id, i) => ({
    id,
    type: 'CONSULTANCY',
    name: `Tijdlijntest Bureau ${'AB'[i]}`,
    aliases: [],
    properties: { synthetic: true },
    provenance: syntheticEvidence(`Tijdlijntest Bureau ${'AB'[i]} is een synthetisch bureau.`),
  }));
  const relations: GraphDocument['relations'] = [];
  for (const [n, client, bureau, theme, start, end] of TIMELINE_ENGAGEMENTS) {
    const id = timelineEngagementId(n);
    const period = start ? { start, startYear: Number(start.slice(0, 4)), ...(end ? { end } : {}) } : {};
    entities.push({
      id,
      type: 'ENGAGEMENT',
      name: `Tijdlijntest traject ${n}`,
      aliases: [],
      properties: { synthetic: true, status: end ? 'COMPLETED' : 'UNKNOWN', ...period },
      provenance: syntheticEvidence(`Tijdlijntest traject ${n} is een synthetisch traject.`),
    });
    const fact = (type: 'FOR' | 'BY' | 'ABOUT', to: string) => ({ type, from: id, to, properties: { synthetic: true }, provenance: syntheticEvidence(`Traject ${n} ${type} ${to}.`) });
    relations.push(fact('FOR', client), fact('BY', bureau), fact('ABOUT', theme));
  }
  return syntheticDocument(entities, relations);
}
