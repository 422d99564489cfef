import type { Translate } from '@/lib/i18n';
import type { Locale } from '@/lib/contracts/locale';
import type { TitleReport } from '@/lib/title/audit';
import type { Box } from '@/lib/dom/textRects';
import { lengthPhrase, usagePhrase } from '@/lib/title/messages';

/**
 * One line under the title field's left edge (page counters sit at the right): length in the unit sellers
 * count, keyword coverage and the score. It never wraps; it is a button that opens the title coach.
 */
export function TitleMeter({
  report,
  box,
  t,
  locale,
  expanded,
  onToggle,
}: {
  report: TitleReport;
  box: Box;
  t: Translate;
  locale: Locale;
  expanded: boolean;
  onToggle: () => void;
}) {
  const { length } = report;
  const over = length.value > length.limit;
  const hasKeywords = report.keywords.used.length + report.keywords.missing.length + report.keywords.conflicting.length > 0;
  return (
    <button
      type="button"
      className={over ? 'll-meter ll-meter-over' : 'll-meter'}
      data-testid="ll-title-meter"
      aria-expanded={expanded}
      aria-haspopup="dialog"
      title={t('coach.open')}
      style={{ top: box.y + box.height + 2, left: box.x }}
      onClick={onToggle}
    >
      <span data-testid="ll-meter-length">{usagePhrase(length.value, length.limit, length.unit, locale).replace(/（.*）|\(.*\)/, '')}</span>
      {over && <span>{t('meter.over', { count: lengthPhrase(length.value - length.limit, length.unit, locale) })}</span>}
      {hasKeywords && <span>{t('meter.coverage', { percent: Math.round(report.keywords.coverage * 100) })}</span>}
      <span data-testid="ll-meter-score">{t('meter.score', { score: report.score })}</span>
      <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
    </button>
  );
}
