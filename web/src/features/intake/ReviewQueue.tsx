import { useId, useState } from 'react';
import type { ProposalStatus } from '../../api/generated/schema-enums';
import { useI18n } from '../../i18n/I18nProvider';
import { useCuratorQuery } from './curatorApi';
import { IntakeErrorMessage } from './IntakeErrorMessage';
import { REVIEW_QUEUE_QUERY } from './intakeQueries';
import { ProgressLine } from './ProgressLine';
import './ReviewQueue.css';

const PENDING: ProposalStatus[] = ['PENDING'];
const ALL: ProposalStatus[] = ['PENDING', 'ACCEPTED', 'EDITED', 'REJECTED'];

/** The review queue: the sources with proposals waiting for a decision (`reviewQueue`), each with how far its review has come. */
export function ReviewQueue({ onOpen }: { onOpen: (sourceId: string) => void }) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const [all, setAll] = useState(false);
  const q = useCuratorQuery(REVIEW_QUEUE_QUERY, { status: all ? ALL : PENDING });
  const sources = q.data?.reviewQueue;
  return (
    <div className="review-queue" data-testid="review-queue">
      <h2 className="intake-heading">{t('intake.nav.queue')}</h2>
      <p className="intro">{t('intake.queue.intro')}</p>
      <label className="queue-filter" htmlFor={`${id}-all`}>
        <input id={`${id}-all`} type="checkbox" checked={all} data-testid="queue-all" onChange={(e) => setAll(e.target.checked)} />
        {t('intake.queue.includeDone')}
      </label>
      {q.error && <IntakeErrorMessage error={q.error} />}
      {q.loading && !sources && <p className="muted">{t('loading')}</p>}
      {sources && sources.length === 0 && <p className="muted">{all ? t('intake.queue.emptyAll') : t('intake.queue.empty')}</p>}
      {sources && sources.length > 0 && (
        <ul className="queue-list">
          {sources.map((s) => (
            <li key={s.id} className="queue-item" data-testid="queue-item" data-source-id={s.id}>
              <button type="button" className="queue-open" onClick={() => onOpen(s.id)}>
                {s.title}
              </button>
              <span className="muted small">{[s.publisher, s.date && formatDate(s.date)].filter(Boolean).join(' · ')}</span>
              {s.review && <ProgressLine progress={s.review} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
