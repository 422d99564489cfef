import type { Translate } from '@/lib/i18n';
import { groupLabel, type ReportLocale } from '@/lib/report/labels';
import { axisTicks } from '@/lib/report/chartSvg';
import type { GroupCount } from '@/lib/report/summary';
import { SEVERITIES } from '@/lib/types';

/** Findings per category as stacked bars, with a severity legend and a labelled count axis. */
export function SeverityChart({ groups, t, locale }: { groups: readonly GroupCount[]; t: Translate; locale: ReportLocale }) {
  const ticks = axisTicks(Math.max(1, ...groups.map((g) => g.total)));
  const max = ticks.at(-1)!;
  return (
    <figure className="batch-chart" data-testid="batch-chart" aria-label={t('batch.chart')}>
      <figcaption>{t('batch.chart')}</figcaption>
      <ul className="batch-chart-legend">
        {SEVERITIES.map((s) => (
          <li key={s}>
            <span className={`bar sev-${s}`} />
            {t(`severity.${s}`)}
          </li>
        ))}
      </ul>
      {groups.map((g) => (
        <div key={g.group} className="batch-chart-row">
          <span className="batch-chart-label">{groupLabel(g.group, locale)}</span>
          <span className="batch-chart-bars">
            {SEVERITIES.map(
              (s) =>
                g.counts[s] > 0 && (
                  <span key={s} className={`bar sev-${s}`} style={{ width: `${(g.counts[s] / max) * 100}%` }} title={`${t(`severity.${s}`)} ${g.counts[s]}`} />
                ),
            )}
          </span>
          <span>{g.total}</span>
        </div>
      ))}
      <div className="batch-chart-row batch-chart-axis" aria-hidden="true">
        <span className="batch-chart-label" />
        <span className="batch-chart-ticks">
          {ticks.map((tick) => (
            <span key={tick} style={{ left: `${(tick / max) * 100}%` }}>
              {tick}
            </span>
          ))}
        </span>
        <span />
      </div>
      <div className="batch-chart-row">
        <span />
        <span className="batch-chart-axis-label">{t('batch.chartAxis')}</span>
        <span />
      </div>
    </figure>
  );
}
