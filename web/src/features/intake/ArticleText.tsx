import { Fragment, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import './ArticleText.css';
import type { Proposal } from './intakeQueries';
import { cutIntoRuns, type Run, type Span, type TextRange } from './textSegments';

/**
 * The article's text with every mention of an entity proposal highlighted: underlined in its type's
 * colour (dashed while pending, solid once accepted, struck through when rejected) over a tint, and
 * with a spoken label (type, name, status), so colour is never the only cue. The selected
 * proposal's quote is framed and scrolled into view; its mentions, and for a relationship those of
 * both ends, are outlined. A click on a mention chooses its proposal. A selection in the text is
 * reported (as offsets) for taking over as a quote.
 */
export function ArticleText({
  text,
  proposals,
  selected,
  quote,
  headingId,
  onPick,
  onSelectText,
}: {
  text: string;
  proposals: readonly Proposal[];
  selected: Proposal | null;
  quote: TextRange | null;
  headingId: string;
  onPick: (proposalId: string) => void;
  onSelectText: (range: TextRange) => void;
}) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const quoteRef = useRef<HTMLSpanElement>(null);

  const runs = useMemo(() => {
    const spans: Span<Proposal>[] = proposals.flatMap((p) => (p.kind === 'ENTITY' ? p.mentions.map((m) => ({ start: m.start, end: m.end, data: p })) : []));
    return cutIntoRuns(text.length, spans, quote ? [quote.start, quote.end] : []);
  }, [text, proposals, quote]);

  const outlined = useMemo(() => {
    if (!selected) return new Set<string>();
    return new Set([selected.id, selected.from?.id, selected.to?.id].filter((x): x is string => Boolean(x)));
  }, [selected]);

  // The chosen proposal's sentence comes into view (smoothly unless the user asked for less motion).
  useEffect(() => {
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    quoteRef.current?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }, [quote?.start, quote?.end, selected?.id]);

  // A selection inside the text, as offsets: the spoken labels (data-ignore) are not article text.
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      const el = root.current;
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !el) return;
      const range = sel.getRangeAt(0);
      if (!el.contains(range.commonAncestorContainer)) return;
      onSelectText({ start: offsetIn(el, range.startContainer, range.startOffset), end: offsetIn(el, range.endContainer, range.endOffset) });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelectText]);

  const label = (p: Proposal) => t('intake.review.mentionLabel', { type: p.entityType ? t(`type.${p.entityType}`) : '', name: p.name ?? '', status: t(`proposalStatus.${p.status}`) });

  const renderRun = (run: Run<Proposal>): ReactNode => {
    const piece = text.slice(run.start, run.end);
    if (run.covering.length === 0) return <Fragment key={run.start}>{piece}</Fragment>;
    const primary = run.covering.find((p) => p.id === selected?.id) ?? run.covering[0];
    const isOutlined = run.covering.some((p) => outlined.has(p.id));
    return (
      <mark
        key={run.start}
        className={['mention', `mention-${(primary.entityType ?? 'ENGAGEMENT').toLowerCase()}`, `mention-${primary.status.toLowerCase()}`, isOutlined && 'mention-outlined']
          .filter(Boolean)
          .join(' ')}
        data-testid="mention"
        data-proposal-id={primary.id}
        title={run.covering.map(label).join('; ')}
        onClick={() => onPick(primary.id)}
      >
        {piece}
        {run.ending.length > 0 && (
          <span className="visually-hidden" data-ignore="">
            {` (${run.ending.map(label).join('; ')})`}
          </span>
        )}
      </mark>
    );
  };

  const before = quote ? runs.filter((r) => r.end <= quote.start) : runs;
  const inside = quote ? runs.filter((r) => r.start >= quote.start && r.end <= quote.end) : [];
  const after = quote ? runs.filter((r) => r.start >= quote.end) : [];

  return (
    <div ref={root} className="article-text" role="region" aria-labelledby={headingId} tabIndex={0} data-testid="article-text">
      {before.map(renderRun)}
      {quote && (
        <span ref={quoteRef} className="article-quote" data-testid="article-quote" data-start={quote.start} data-end={quote.end}>
          <span className="visually-hidden" data-ignore="">
            {`${t('intake.review.quoteStart')}: `}
          </span>
          {inside.map(renderRun)}
          <span className="visually-hidden" data-ignore="">
            {` (${t('intake.review.quoteEnd')})`}
          </span>
        </span>
      )}
      {after.map(renderRun)}
    </div>
  );
}

/** The offset in the article text of a DOM point inside `root`: the text before it, without the spoken labels. */
function offsetIn(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  const before = range.cloneContents();
  for (const ignored of before.querySelectorAll('[data-ignore]')) ignored.remove();
  return before.textContent?.length ?? 0;
}
