import type { Translate } from '@/lib/i18n';
import type { TitleReport } from '@/lib/title/audit';
import type { Box } from '@/lib/dom/textRects';

/** Length against the platform limit in its unit, keyword coverage and score, under the title field. */
export function TitleMeter({ report, box, t }: { report: TitleReport; box: Box; t: Translate }) {
  const { length } = report;
  const over = length.value - length.limit;
  return (
    <div className={over > 0 ? 'll-meter ll-meter-over' : 'll-meter'} data-testid="ll-title-meter" style={{ top: box.y + box.height + 2, left: box.x + box.width, transform: 'translateX(-100%)' }}>
      <span data-testid="ll-meter-length">
        {t('meter.length', { value: length.value, limit: length.limit, unit: t(length.unit === 'bytes' ? 'meter.unit.bytes' : 'meter.unit.chars') })}
      </span>
      {over > 0 && <span>{t('meter.over', { count: over })}</span>}
      {report.keywords.used.length + report.keywords.missing.length > 0 && (
        <span>{t('meter.coverage', { percent: Math.round(report.keywords.coverage * 100) })}</span>
      )}
      <span data-testid="ll-meter-score">{t('meter.score', { score: report.score })}</span>
    </div>
  );
}
