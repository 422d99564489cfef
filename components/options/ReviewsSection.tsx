import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n';
import { deleteDecision, recentDecisions, type ListingLintDB } from '@/lib/db';
import { DECISIONS, type Decision } from '@/lib/db/rows';
import { decisionSource, filterHistory, historyCsv } from '@/lib/report/history';
import { fieldLabel, formatTime } from '@/lib/report/labels';
import { download } from './download';

const HISTORY_LIMIT = 20_000;

/** The review history: what was decided on which listing or page, which field, the text in context, when. */
export function ReviewsSection({ db, t, locale = 'zh-CN' }: { db: ListingLintDB; t: Translate; locale?: Locale }) {
  const decisions = useLiveQuery(() => recentDecisions(db, HISTORY_LIMIT), [db]) ?? [];
  const [decision, setDecision] = useState<Decision | ''>('');
  const [text, setText] = useState('');
  if (decisions.length === 0) return <p>{t('reviews.none')}</p>;
  const shown = filterHistory(decisions, { decision: decision || undefined, text }, locale);
  const catalog = t('batch.catalogSource');
  return (
    <>
      <div className="batch-filters">
        <select
          aria-label={t('reviews.decision')}
          data-testid="reviews-filter-decision"
          value={decision}
          onChange={(event) => setDecision(event.target.value as Decision | '')}
        >
          <option value="">
            {t('reviews.decision')}：{t('review.all')}
          </option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {t(`review.decision.${d}`)}
            </option>
          ))}
        </select>
        <input data-testid="reviews-filter-text" placeholder={t('reviews.filter')} value={text} onChange={(event) => setText(event.target.value)} />
        <button
          type="button"
          data-testid="reviews-export"
          onClick={() => download('listinglint-review-history.csv', historyCsv(shown, locale, catalog), 'text/csv')}
        >
          {t('reviews.export')}
        </button>
        <span data-testid="reviews-count">{t('reviews.count', { count: shown.length })}</span>
      </div>
      <table className="data" data-testid="reviews-table">
        <thead>
          <tr>
            <th>{t('reviews.time')}</th>
            <th>{t('reviews.decision')}</th>
            <th>{t('reviews.term')}</th>
            <th>{t('reviews.listing')}</th>
            <th>{t('reviews.field')}</th>
            <th>{t('reviews.context')}</th>
            <th>{t('reviews.note')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <tr key={d.id} data-testid="reviews-row">
              <td>{formatTime(d.decidedAt, locale)}</td>
              <td>{t(`review.decision.${d.decision}`)}</td>
              <td>{d.term ?? ''}</td>
              <td>{decisionSource(d, catalog)}</td>
              <td>{fieldLabel(d.field, locale)}</td>
              <td>{d.context ?? ''}</td>
              <td>{d.note}</td>
              <td>
                <button type="button" onClick={() => void deleteDecision(db, d.id)}>
                  {t('data.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
