import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { DECISIONS, type Decision } from '@/lib/db/rows';
import { fieldLabel, groupLabel, type ReportLocale } from '@/lib/report/labels';
import { listingHeading, type FindingLine, type ReportDecision } from '@/lib/report/lines';
import { REPORT_LABELS } from '@/lib/report/labels';

const DECISION_KEYS = { confirmed: 'review.confirm', accepted: 'review.accept', 'false-positive': 'review.falsePositive' } as const;

interface Props {
  lines: readonly FindingLine[];
  decisions: ReadonlyMap<string, ReportDecision>;
  selected: number;
  onSelect: (index: number) => void;
  onDecide: (line: FindingLine, decision: Decision, note: string) => void;
  t: Translate;
  locale: ReportLocale;
}

/** Every finding of the catalog, one line each, virtualised; a line expands to the full text and the decision buttons. */
export function FindingsTable({ lines, decisions, selected, onSelect, onDecide, t, locale }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  // The project does not run the React Compiler; TanStack Virtual's returned functions are used directly.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 30,
    overscan: 8,
    getItemKey: (index) => lines[index]!.key,
  });

  useEffect(() => {
    if (selected >= 0 && selected < lines.length) virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, lines.length, virtualizer]);

  const toggle = (key: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  if (lines.length === 0) return <p data-testid="batch-no-findings">{t('batch.noFindings')}</p>;
  const l = REPORT_LABELS[locale];
  return (
    <div ref={scrollRef} className="batch-findings" data-testid="batch-results" role="listbox" aria-label={t('batch.chart')}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const line = lines[item.index]!;
          const decision = decisions.get(line.key);
          const open = expanded.has(line.key);
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="batch-finding"
              data-testid="batch-finding"
              data-decision={decision?.decision ?? ''}
              role="option"
              aria-selected={item.index === selected}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => onSelect(item.index)}
            >
              <div className="batch-finding-line">
                <span title={listingHeading(line.listing, line.row, l, 200)} data-testid="batch-finding-listing">
                  {listingHeading(line.listing, line.row, l, 24)}
                </span>
                <span>{fieldLabel(line.column, locale)}</span>
                <span className={`sev-${line.finding.severity}`}>{t(`severity.${line.finding.severity}`)}</span>
                <span>{groupLabel(line.finding.category ?? line.finding.ruleId, locale)}</span>
                <span>
                  <button
                    type="button"
                    className="link"
                    aria-expanded={open}
                    data-testid="batch-finding-expand"
                    onClick={(event) => {
                      event.stopPropagation();
                      toggle(line.key);
                    }}
                  >
                    {open ? '▾' : '▸'}
                  </button>{' '}
                  {line.before}
                  <mark className={`ll-sev-${line.finding.severity}`}>{line.finding.match}</mark>
                  {line.after}
                </span>
                <span className={decision ? `batch-decision-${decision.decision}` : undefined} data-testid="batch-finding-decision">
                  {decision ? t(`review.decision.${decision.decision}`) : '—'}
                </span>
              </div>
              {open && <FindingDetail line={line} decision={decision} onDecide={onDecide} t={t} />}
            </div>
          );
        })}
      </div>
    </div>
  );
}

function FindingDetail({ line, decision, onDecide, t }: { line: FindingLine; decision?: ReportDecision; onDecide: Props['onDecide']; t: Translate }) {
  const [note, setNote] = useState(decision?.note ?? '');
  const { text } = line.cell;
  return (
    <div data-testid="batch-finding-detail" onClick={(event) => event.stopPropagation()}>
      <p className="batch-finding-full">
        {text.slice(0, line.finding.start)}
        <mark className={`ll-sev-${line.finding.severity}`}>{line.finding.match}</mark>
        {text.slice(line.finding.end)}
      </p>
      <p>
        {line.finding.message}
        {line.finding.basis && (
          <small>
            （{t('batch.basis')}：{line.finding.basis}）
          </small>
        )}
      </p>
      {line.cell.role === 'title' && line.title && (
        <p>
          {t('batch.score')}：{line.title.score}
        </p>
      )}
      {line.finding.suggestions.length > 0 && (
        <p>
          {t('batch.suggestion')}：{line.finding.suggestions.map((s) => s || t('paste.delete')).join(' / ')}
        </p>
      )}
      <div className="buttons">
        <input
          aria-label={t('review.note')}
          placeholder={t('review.note')}
          value={note}
          data-testid="batch-note"
          onChange={(event) => setNote(event.target.value)}
        />
        {DECISIONS.map((d) => (
          <button key={d} type="button" data-testid={`batch-decide-${d}`} aria-pressed={decision?.decision === d} onClick={() => onDecide(line, d, note)}>
            {t(DECISION_KEYS[d])}
          </button>
        ))}
      </div>
    </div>
  );
}
