import type { ReactNode } from 'react';
import type { Provenance } from '../../api/fragments';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { formatPeriod } from '../../components/formatPeriod';
import { describeRelation } from '../../i18n/describeRelation';
import { useI18n } from '../../i18n/I18nProvider';
import { ENTITY_DETAILS_QUERY, type EntityDetails } from '../entity-panel/entityQuery';
import { isRelationId, RELATION_QUERY } from '../entity-panel/relationQuery';
import { citeRelations, createFootnotes } from './footnotes';
import { RelationSentences, Refs, ReportSection, ReportStatus } from './ReportParts';
import type { ReportContent } from './ReportView';

/** Relationships worded in one report; an entity with more (a city with hundreds of engagements) says how many are left out. */
export const REPORT_RELATIONS_MAX = 150;

/**
 * The report of the selected entity: what it is (with its CBS figures for a gemeente) and its
 * relationships in words, each with its sources. One request, the detail panel's own (cached).
 * A selected relationship gets the same report for that one fact.
 */
export function EntityReport({ id, render }: { id: string | null; render: (c: ReportContent) => ReactNode }) {
  const { t, formatList } = useI18n();
  const relationId = id && isRelationId(id) ? id : null;
  const entityId = id && !relationId ? id : null;
  const entity = useGraphQLQuery(ENTITY_DETAILS_QUERY, entityId ? { id: entityId } : null);
  const relation = useGraphQLQuery(RELATION_QUERY, relationId ? { id: relationId } : null);

  if (!id) return render({ question: t('report.entity.noSelection'), body: null, notes: [], sourceCount: 0 });
  const q = relationId ? relation : entity;
  const node = entity.data?.node;
  const rel = relation.data?.relation;
  if ((relationId && !rel) || (entityId && !node)) {
    const notFound = q.isCurrent && !(relationId ? rel : node);
    return render({
      question: notFound ? t('report.entity.notFound') : '…',
      body: <ReportStatus loading={q.loading} error={q.error} onRetry={q.retry} />,
      notes: [],
      sourceCount: 0,
    });
  }

  const notes = createFootnotes();
  if (rel) {
    const refs = citeRelations(notes, [rel]);
    const body = (
      <ReportSection id="report-answer-heading" title={t('report.answer')} testId="report-answer">
        <RelationSentences relations={[rel]} refs={refs} testId="report-relations" />
      </ReportSection>
    );
    return render({ question: t('report.relation.question', { relation: describeRelation(t, rel) }), body, notes: notes.list(), sourceCount: notes.sourceCount() });
  }

  const n = node!;
  const ownRefs = notes.cite(n.provenance.filter((p) => !isCbs(p)));
  const cbsRefs = notes.cite(n.provenance.filter(isCbs), n.name);
  const shown = n.relations.slice(0, REPORT_RELATIONS_MAX);
  const refs = citeRelations(notes, shown);
  // A client's or bureau's engagements name the other side too (the relations of the entity alone
  // say "traject X voor Sociale Dienst Drechtsteden", never who carried it out).
  const engagements = 'engagements' in n ? n.engagements : 'participations' in n ? n.participations.map((p) => p.engagement) : [];
  const engagementTotal = 'engagementCount' in n ? n.engagementCount : engagements.length;
  const engagementRefs = (engagementId: string) => shown.filter((r) => r.from.id === engagementId || r.to.id === engagementId).flatMap((r) => refs.get(r.id) ?? []);
  const body = (
    <>
      <ReportSection id="report-what-heading" title={t('report.entity.what')} testId="report-what">
        <WhatItIs node={n} ownRefs={ownRefs} cbsRefs={cbsRefs} />
      </ReportSection>
      <ReportSection id="report-relations-heading" title={t('report.entity.relations', { count: n.relations.length })} testId="report-answer">
        {n.relations.length === 0 ? <p>{t('report.entity.noRelations')}</p> : <RelationSentences relations={shown} refs={refs} testId="report-relations" />}
        {n.relations.length > shown.length && <p className="muted">{t('report.entity.more', { shown: shown.length, total: n.relations.length })}</p>}
      </ReportSection>
      {engagements.length > 0 && (
        <ReportSection id="report-engagements-heading" title={t('report.entity.engagements', { count: engagementTotal })} testId="report-engagements">
          <ul className="report-relations">
            {engagements.map((e) => (
              <li key={e.id} data-engagement-id={e.id}>
                {t('report.entity.engagement', {
                  name: e.name,
                  period: formatPeriod(e.start, e.end) ?? t('common.unknown'),
                  clients: formatList(e.clients.map((c) => c.name)) || t('common.unknown'),
                  consultancies: formatList(e.consultancies.map((c) => c.name)) || t('common.unknown'),
                })}
                <Refs numbers={[...new Set(engagementRefs(e.id))]} />
              </li>
            ))}
          </ul>
          {engagementTotal > engagements.length && <p className="muted">{t('report.entity.moreEngagements', { shown: engagements.length, total: engagementTotal })}</p>}
        </ReportSection>
      )}
    </>
  );
  return render({ question: t('report.entity.question', { name: n.name }), body, notes: notes.list(), sourceCount: notes.sourceCount() });
}

function isCbs(p: Provenance): boolean {
  return p.source.publisher === 'CBS' && p.source.kind === 'REGISTER';
}

/** The entity's type, other names and own facts; a gemeente's CBS figures with the CBS attribution. */
function WhatItIs({ node, ownRefs, cbsRefs }: { node: EntityDetails; ownRefs: number[]; cbsRefs: number[] }) {
  const { t, formatNumber, formatList } = useI18n();
  const rows: [string, ReactNode][] = [[t('report.entity.type'), t(`type.${node.type}`)]];
  if (node.aliases.length) rows.push([t('panel.aliases'), formatList(node.aliases)]);
  if ('summary' in node && node.summary) rows.push([t('panel.summary'), node.summary]);
  if ('start' in node) {
    const period = formatPeriod(node.start, node.end);
    rows.push([t('panel.period'), period ?? t('common.unknown')]);
  }
  if ('description' in node && node.description) rows.push([t('panel.description'), node.description]);
  const municipality = 'cbsCode' in node ? node : null;
  if (municipality) {
    if (municipality.province) rows.push([t('panel.province'), municipality.province]);
    if (municipality.population != null) rows.push([t('panel.population'), formatNumber(municipality.population)]);
    if (municipality.density != null) rows.push([t('panel.density'), t('panel.densityValue', { value: formatNumber(municipality.density) })]);
  }
  const cbsTables = [...new Map(node.provenance.filter(isCbs).map((p) => [p.source.id, p.source.title])).values()];
  return (
    <>
      <dl className="report-facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {ownRefs.length > 0 && (
        <p>
          {t('report.entity.ownSources')}
          <Refs numbers={ownRefs} />
        </p>
      )}
      {cbsTables.length > 0 && (
        <p className="report-cbs" data-testid="report-cbs">
          {t('report.cbs', { tables: formatList(cbsTables) })}
          <Refs numbers={cbsRefs} />
        </p>
      )}
    </>
  );
}
