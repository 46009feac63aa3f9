import type { ReactNode } from 'react';
import type { EntityRef, Provenance } from '../../api/fragments';
import { EntityLink } from '../../components/EntityLink';
import { Sentence } from '../../components/Sentence';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import type { MunicipalityDetails } from './entityQuery';
import { PropertyList } from './PropertyList';

/** Links to entities in a sentence's list: "Geldermalsen, Lingewaal en Neerijnen", each a link. */
function LinkList({ entities, onSelect, i18n }: { entities: readonly EntityRef[]; onSelect: (e: EntityRef) => void; i18n: I18n }) {
  const slots = Object.fromEntries(entities.map((e, i) => [`e${i}`, <EntityLink key={e.id} entity={e} onSelect={onSelect} />]));
  return <Sentence text={i18n.formatList(entities.map((_, i) => `{e${i}}`))} parts={slots} />;
}

/**
 * A herindeling from either side: a dissolved gemeente says since when it is part of which one
 * ("Sinds 2019 onderdeel van West Betuwe", with the chain's end when it went on), a successor which
 * gemeenten it was formed from, per year.
 */
export function Herindeling({ node, onSelect }: { node: MunicipalityDetails; onSelect: (e: EntityRef) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (node.dissolved && node.successors.length > 0) {
    const year = node.dissolvedYear ?? node.successors[0].year;
    const direct = node.successors.map((s) => s.municipality);
    const later = node.currentSuccessors.filter((c) => !direct.some((d) => d.id === c.id));
    return (
      <p className="herindeling-note" data-testid="dissolved-note">
        <Sentence text={t('panel.dissolved')} parts={{ year, successor: <LinkList entities={direct} onSelect={onSelect} i18n={i18n} /> }} />
        {later.length > 0 && (
          <>
            {' ('}
            <Sentence text={t('panel.dissolvedNow')} parts={{ current: <LinkList entities={later} onSelect={onSelect} i18n={i18n} /> }} />
            {')'}
          </>
        )}
      </p>
    );
  }
  if (node.predecessors.length === 0) return null;
  const years = [...new Set(node.predecessors.map((p) => p.year))].sort((a, b) => a - b);
  return (
    <div className="herindeling-note" data-testid="predecessors">
      <span className="herindeling-label">{t('panel.formedFrom')}</span>{' '}
      {years.map((year, i) => (
        <span key={year}>
          {i > 0 && '; '}
          <Sentence
            text={t('panel.formedFromYear')}
            parts={{
              year,
              names: <LinkList entities={node.predecessors.filter((p) => p.year === year).map((p) => p.municipality)} onSelect={onSelect} i18n={i18n} />,
            }}
          />
        </span>
      ))}
    </div>
  );
}

/** The CBS figures of a gemeente, with "Bron: CBS" and the CBS tables they come from. */
export function CbsFigures({ node, onSelect }: { node: MunicipalityDetails; onSelect: (e: EntityRef) => void }) {
  const { t, formatNumber, formatDate } = useI18n();
  const link = (e: EntityRef | null | undefined) => (e ? <EntityLink entity={e} onSelect={onSelect} /> : null);
  const date = node.populationDate ? formatDate(node.populationDate) : node.populationYear ? formatDate(`${node.populationYear}-01-01`) : null;
  const items: [string, ReactNode][] = [
    [date ? t('panel.populationOn', { date }) : t('panel.population'), node.population != null ? formatNumber(node.population) : null],
    [t('panel.density'), node.density != null ? t('panel.densityValue', { value: formatNumber(node.density) }) : null],
    [
      t('panel.area'),
      node.areaTotalHa != null && node.areaLandHa != null
        ? t('panel.areaValue', { total: formatNumber(node.areaTotalHa), land: formatNumber(node.areaLandHa) })
        : null,
    ],
    [t('panel.corop'), link(node.corop)],
    [t('panel.veiligheidsregio'), link(node.veiligheidsregio)],
  ];
  if (items.every(([, v]) => v === null)) return null;
  const tables = cbsSources(node.provenance);
  return (
    <section className="cbs-figures" aria-labelledby="panel-cbs-heading" data-testid="cbs-figures">
      <h4 id="panel-cbs-heading">{t('panel.cbsFigures')}</h4>
      <PropertyList items={items} />
      <p className="source-line" data-testid="cbs-source">
        {t('panel.cbsSource')}
        {tables.map((s) => (
          <span key={s.id}>
            {' · '}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              s.title
            )}
          </span>
        ))}{' '}
        ({t('panel.cbsLicence')})
      </p>
    </section>
  );
}

/** The CBS sources among an entity's evidence, once each: the tables its figures come from. */
function cbsSources(provenance: readonly Provenance[]): Provenance['source'][] {
  const seen = new Map<string, Provenance['source']>();
  for (const p of provenance) if (p.source.publisher === 'CBS' && p.source.kind === 'REGISTER') seen.set(p.source.id, p.source);
  return [...seen.values()];
}

/**
 * Engagements a successor lists because a predecessor was the client: each gets a note naming the
 * predecessor, and the list says it includes them. Predecessors two steps back count too.
 */
export function predecessorNotes(node: MunicipalityDetails, t: I18n['t']): { notes: Map<string, string>; names: string[] } {
  const notes = new Map<string, string>();
  const names = new Set<string>();
  for (const e of node.engagements) {
    const via = predecessorClient(node, e);
    if (!via) continue;
    notes.set(e.id, t('panel.engagementViaPredecessor', { name: via.name }));
    names.add(via.name);
  }
  return { notes, names: [...names] };
}

/** The predecessor that was the client of an engagement the gemeente lists (any page), or null. */
export function predecessorClient(node: MunicipalityDetails, e: { clients: readonly { id: string; name: string }[] }): { id: string; name: string } | null {
  if (e.clients.some((c) => c.id === node.id)) return null;
  const predecessors = new Set<string>();
  for (const p of node.predecessors) {
    predecessors.add(p.municipality.id);
    for (const q of p.municipality.predecessors) predecessors.add(q.municipality.id);
  }
  return e.clients.find((c) => predecessors.has(c.id)) ?? null;
}
