import { useLiveQuery } from 'dexie-react-hooks';
import type { Translate } from '@/lib/i18n';
import { deleteDecision, recentDecisions, type ListingLintDB } from '@/lib/db';

/** The review history: who decided what on which page, newest first. */
export function ReviewsSection({ db, t }: { db: ListingLintDB; t: Translate }) {
  const decisions = useLiveQuery(() => recentDecisions(db, 500), [db]) ?? [];
  if (decisions.length === 0) return <p>{t('reviews.none')}</p>;
  return (
    <table className="data" data-testid="reviews-table">
      <tbody>
        {decisions.map((d) => (
          <tr key={d.id}>
            <td>{new Date(d.decidedAt).toLocaleString()}</td>
            <td>{t(`review.decision.${d.decision}`)}</td>
            <td>{d.term ?? d.ruleId}</td>
            <td>{d.note}</td>
            <td><code>{d.pageUrl}</code> · {d.field}</td>
            <td><button type="button" onClick={() => void deleteDecision(db, d.id)}>{t('data.delete')}</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
