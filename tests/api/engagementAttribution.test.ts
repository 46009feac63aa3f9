/**
 * Issue 19: the engagements that count for a gemeente, region or organisation — own, via a
 * predecessor, via an organisation part of it, via a region — are one definition, so the detail
 * panel's fields (`engagementAttribution`, `attributedEngagements`), the map
 * (`municipalityEngagementCounts`) and the comparison ("via regio") agree.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/testServer.js';
import { query, type Json } from './apiHelpers.js';

const SDD = ['eng-sociale-dienst-drechtsteden-coronacrisis', 'eng-sociale-dienst-drechtsteden-projectmatig-creeren'];

const ATTRIBUTION = `query Attribution($ids: [ID!]!) {
  nodes(ids: $ids) {
    id name
    ... on Municipality { engagementCount engagementAttribution { own viaPredecessor viaMemberOrganization viaRegion total }
      attributedEngagements { via engagement { id themes { id } } through { id name type ... on Organization { themes { id } } } } }
    ... on Region { engagementCount engagementAttribution { own viaPredecessor viaMemberOrganization viaRegion total }
      attributedEngagements { via engagement { id themes { id } } through { id name type } } }
  }
}`;

describe('engagement attribution', () => {
  const ctx = useTestApp();
  const attribution = async (ids: string[]): Promise<Map<string, Json>> =>
    new Map((await query(ctx.app, ATTRIBUTION, { ids })).nodes.map((n: Json) => [n.id, n]));

  it('credits regio Drechtsteden with the Sociale Dienst Drechtsteden’s two engagements, via that organisation', async () => {
    const region = (await attribution(['regio-drechtsteden'])).get('regio-drechtsteden');
    expect(region.engagementAttribution).toEqual({ own: 0, viaPredecessor: 0, viaMemberOrganization: 2, viaRegion: 0, total: 2 });
    expect(region.attributedEngagements.map((a: Json) => a.engagement.id).sort()).toEqual(SDD);
    for (const a of region.attributedEngagements) {
      expect(a.via).toBe('MEMBER_ORGANIZATION');
      expect(a.through).toEqual([{ id: 'org-sociale-dienst-drechtsteden', name: 'Sociale Dienst Drechtsteden', type: 'ORGANIZATION' }]);
    }
  });

  it('credits Dordrecht with them via regio Drechtsteden and its Sociale Dienst, and West Betuwe with Geldermalsen’s', async () => {
    const found = await attribution(['gemeente-dordrecht', 'gemeente-west-betuwe']);
    const dordrecht = found.get('gemeente-dordrecht');
    expect(dordrecht.engagementAttribution).toEqual({ own: 0, viaPredecessor: 0, viaMemberOrganization: 0, viaRegion: 2, total: 2 });
    for (const a of dordrecht.attributedEngagements) {
      expect(a.via).toBe('REGION');
      expect(a.through.map((t: Json) => t.id)).toEqual(['regio-drechtsteden', 'org-sociale-dienst-drechtsteden']);
    }
    const westBetuwe = found.get('gemeente-west-betuwe');
    expect(westBetuwe.engagementAttribution).toMatchObject({ own: 0, viaPredecessor: 1 });
    expect(westBetuwe.attributedEngagements.filter((a: Json) => a.via === 'PREDECESSOR')).toMatchObject([{ through: [{ id: 'gemeente-geldermalsen' }] }]);
    // `engagements` of a gemeente has always included its predecessors'.
    expect(westBetuwe.engagementCount).toBe(1);
  });

  it('agrees with the map for every gemeente, and with the panel’s own list', async () => {
    const counts = (await query(ctx.app, '{ municipalityEngagementCounts { municipality { id } count viaRegion } }')).municipalityEngagementCounts;
    const ids = counts.map((c: Json) => c.municipality.id);
    const found = new Map<string, Json>();
    for (let i = 0; i < ids.length; i += 100) for (const [id, n] of await attribution(ids.slice(i, i + 100))) found.set(id, n);
    let credited = 0;
    for (const c of counts) {
      const a = found.get(c.municipality.id).engagementAttribution;
      expect({ id: c.municipality.id, count: a.own + a.viaPredecessor, viaRegion: a.viaMemberOrganization + a.viaRegion }).toEqual({
        id: c.municipality.id,
        count: c.count,
        viaRegion: c.viaRegion,
      });
      expect(found.get(c.municipality.id).engagementCount).toBe(a.own + a.viaPredecessor);
      credited += a.total;
    }
    expect(credited, 'the fixture credits some gemeenten').toBeGreaterThan(7);
  });

  it('agrees with the comparison: it credits Dordrecht via Drechtsteden with themes of the engagements it counts via the region', async () => {
    const r = (
      await query(
        ctx.app,
        `{ comparableMunicipalities(id: "gemeente-westland", first: 50) { results { municipality { id } explanation { kind shared { id candidateVia } } } } }`,
      )
    ).comparableMunicipalities;
    const dordrecht = r.results.find((x: Json) => x.municipality.id === 'gemeente-dordrecht');
    const viaRegion = dordrecht.explanation.find((p: Json) => p.kind === 'THEMES').shared.filter((s: Json) => s.candidateVia === 'Drechtsteden');
    expect(viaRegion.length).toBeGreaterThan(0);
    const attributed = (await attribution(['gemeente-dordrecht'])).get('gemeente-dordrecht').attributedEngagements;
    const viaTheRegion = attributed.filter((a: Json) => a.via === 'REGION');
    expect(viaTheRegion.length).toBe(2);
    // The engagements' themes, and the themes their client (the Sociale Dienst) FACES.
    const themes = new Set([
      ...viaTheRegion.flatMap((a: Json) => a.engagement.themes.map((t: Json) => t.id)),
      ...viaTheRegion.flatMap((a: Json) => a.through.flatMap((t: Json) => (t.themes ?? []).map((x: Json) => x.id))),
    ]);
    // Shared themes include broader ones (the thesaurus); at least the engagements' own are among them.
    expect(viaRegion.filter((s: Json) => themes.has(s.id)).length).toBeGreaterThan(0);
    expect(viaRegion.some((s: Json) => viaTheRegion.some((a: Json) => a.engagement.themes.some((t: Json) => t.id === s.id)))).toBe(true);
  });

  it('finds the nearest engagements of a gemeente without any in its COROP region (Delft → Westland’s), each with its gemeente', async () => {
    const data = await query(
      ctx.app,
      `{ municipality(id: "gemeente-delft") { engagementAttribution { total }
          nearbyEngagements { scope region { id name } totalCount engagements { municipality { id } via engagement { id } } } } }`,
    );
    expect(data.municipality.engagementAttribution.total).toBe(0);
    const nearby = data.municipality.nearbyEngagements;
    expect(nearby).toMatchObject({ scope: 'COROP', region: { name: 'Delft en Westland' } });
    expect(nearby.totalCount).toBe(nearby.engagements.length);
    expect(nearby.engagements.length).toBeGreaterThan(0);
    for (const n of nearby.engagements) expect(n.municipality.id).toBe('gemeente-westland');
  });

  it('answers the empty panel’s question for Delft: comparable gemeenten that have engagements, with what they did', async () => {
    const data = await query(
      ctx.app,
      `query EmptyMunicipality($id: ID!, $first: Int!) {
        comparableMunicipalities(id: $id, first: $first) {
          results { rank municipality { id name engagementAttribution { total } engagements(first: 3) { id themes { id } consultancies { id } }
            attributedEngagements(first: 3) { via engagement { id themes { id } } } } }
        }
      }`,
      { id: 'gemeente-delft', first: 100 },
    );
    const withEngagements = data.comparableMunicipalities.results.filter((r: Json) => r.municipality.engagementAttribution.total > 0);
    expect(withEngagements.length).toBeGreaterThan(0);
  });
});
