import { SEVERITIES } from '../types';
import { groupLabel, type ReportLabels, type ReportLocale } from './labels';
import type { GroupCount } from './summary';

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const SEVERITY_COLORS = { error: '#c0262d', warning: '#d98a00', info: '#3b6fb6' } as const;

/** A round axis maximum and tick step for counts up to `max`. */
export function axisTicks(max: number, wanted = 5): number[] {
  const raw = Math.max(1, max) / wanted;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let value = 0; value < max + step; value += step) ticks.push(value);
  return ticks;
}

/** Stacked horizontal bars per group, with translated labels, a severity legend and a labelled count axis. */
export function chartSvg(groups: readonly GroupCount[], l: ReportLabels, locale: ReportLocale): string {
  const e = escapeHtml;
  const labelWidth = 150,
    barWidth = 420,
    rowHeight = 20,
    top = 28,
    totalWidth = labelWidth + barWidth + 60;
  const ticks = axisTicks(Math.max(1, ...groups.map((g) => g.total)));
  const scale = barWidth / ticks.at(-1)!;
  const height = top + groups.length * rowHeight + 40;
  const legend = SEVERITIES.map(
    (s, i) =>
      `<rect x="${labelWidth + i * 110}" y="4" width="12" height="12" fill="${SEVERITY_COLORS[s]}"/><text x="${labelWidth + i * 110 + 16}" y="14">${e(l.severities[s])}</text>`,
  ).join('');
  const rows = groups
    .map((g, i) => {
      const y = top + i * rowHeight;
      let x = labelWidth;
      const bars = SEVERITIES.filter((s) => g.counts[s] > 0)
        .map((s) => {
          const width = g.counts[s] * scale;
          const bar = `<rect x="${x.toFixed(1)}" y="${y + 3}" width="${width.toFixed(1)}" height="${rowHeight - 6}" fill="${SEVERITY_COLORS[s]}"><title>${e(`${l.severities[s]} ${g.counts[s]}`)}</title></rect>`;
          x += width;
          return bar;
        })
        .join('');
      return `<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${e(groupLabel(g.group, locale))}</text>${bars}<text x="${(x + 4).toFixed(1)}" y="${y + 14}">${g.total}</text>`;
    })
    .join('');
  const axisY = top + groups.length * rowHeight + 2;
  const axis = ticks
    .map(
      (tick) =>
        `<line x1="${labelWidth + tick * scale}" y1="${axisY}" x2="${labelWidth + tick * scale}" y2="${axisY + 4}" stroke="#555"/><text x="${labelWidth + tick * scale}" y="${axisY + 16}" text-anchor="middle">${tick}</text>`,
    )
    .join('');
  return `<svg class="chart" role="img" aria-label="${e(l.chart)}" xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${height}" viewBox="0 0 ${totalWidth} ${height}" font-size="11">${legend}${rows}<line x1="${labelWidth}" y1="${axisY}" x2="${labelWidth + barWidth}" y2="${axisY}" stroke="#555"/>${axis}<text x="${labelWidth + barWidth / 2}" y="${axisY + 32}" text-anchor="middle">${e(l.chartAxis)}</text></svg>`;
}
