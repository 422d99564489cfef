import { useEffect, useMemo, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { sortResults, type SortKey } from '@/lib/batch/auditCatalog';
import type { BatchResponse } from '@/lib/batch/workerProtocol';
import { DECISIONS, type Decision } from '@/lib/db/rows';
import type { ListingLintDB } from '@/lib/db';
import { findingLines, summarizeCatalog, toCsv, toHtml, toMarkdown, groupLabel, type FindingLine, type ReportLocale } from '@/lib/report/reviewReport';
import { findingGroup } from '@/lib/report/labels';
import { termOf } from '@/lib/report/lines';
import { SEVERITIES, type Severity } from '@/lib/types';
import { download } from '@/components/options/download';
import { FindingsTable } from './FindingsTable';
import { SeverityChart } from './SeverityChart';
import { useCatalogDecisions } from './useCatalogDecisions';
import './batch.css';

type Outcome = Extract<BatchResponse, { type: 'result' }>;
const TRIAGE_KEYS: Record<string, Decision> = { c: 'confirmed', a: 'accepted', f: 'false-positive' };
const DECISION_KEYS = { confirmed: 'review.confirm', accepted: 'review.accept', 'false-positive': 'review.falsePositive' } as const;

/** The typing targets where j/k/c/a/f are text, not triage keys. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** A finished catalog audit: summary chart, every finding (filtered, virtualised), decisions, exports. */
export function BatchResults({ db, outcome, t, locale }: { db: ListingLintDB; outcome: Outcome; t: Translate; locale: ReportLocale }) {
  const { decisions, decide, error } = useCatalogDecisions(db, outcome.results, locale);
  const [sort, setSort] = useState<SortKey>('row');
  const all = useMemo(() => findingLines(sortResults(outcome.results, sort)), [outcome.results, sort]);
  const summary = useMemo(() => summarizeCatalog(outcome.results, all), [outcome.results, all]);
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [group, setGroup] = useState('');
  const [term, setTerm] = useState('');
  const [decisionFilter, setDecisionFilter] = useState<Decision | 'undecided' | ''>('');
  const [search, setSearch] = useState('');
  const [reviewMode, setReviewMode] = useState(false);
  const [selected, setSelected] = useState(-1);
  const [onePerPage, setOnePerPage] = useState(false);
  const [bulkNote, setBulkNote] = useState('');
  const [status, setStatus] = useState('');

  const terms = useMemo(() => {
    const counts = new Map<string, number>();
    for (const line of all) if (line.finding.category) counts.set(termOf(line.finding), (counts.get(termOf(line.finding)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [all]);

  const visible = useMemo(
    () =>
      all.filter((line) => {
        if (severity && line.finding.severity !== severity) return false;
        if (group && findingGroup(line.finding) !== group) return false;
        if (term && (!line.finding.category || termOf(line.finding) !== term)) return false;
        const decided = decisions.get(line.key)?.decision;
        if (decisionFilter && (decisionFilter === 'undecided' ? decided !== undefined : decided !== decisionFilter)) return false;
        if (search && !line.cell.text.includes(search) && !(line.listing.id ?? '').includes(search)) return false;
        return true;
      }),
    [all, severity, group, term, decisionFilter, search, decisions],
  );

  const decideLines = async (lines: readonly FindingLine[], decision: Decision, note: string) => {
    const count = await decide(lines, decision, note);
    if (count > 0) setStatus(t('batch.bulkSaved', { count, decision: t(`review.decision.${decision}`) }));
  };

  // Triage keys work as soon as review mode is on: listened for on the document, not on a focused panel.
  useEffect(() => {
    if (!reviewMode) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'j' || event.key === 'ArrowDown') setSelected((i) => Math.min(visible.length - 1, i + 1));
      else if (key === 'k' || event.key === 'ArrowUp') setSelected((i) => Math.max(0, i - 1));
      else if (TRIAGE_KEYS[key]) {
        const line = visible[selected];
        if (line) void decideLines([line], TRIAGE_KEYS[key], decisions.get(line.key)?.note ?? '');
      } else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const exportAs = (format: 'csv' | 'md' | 'html') => {
    if (format === 'csv') download('listinglint-report.csv', toCsv(outcome.results, decisions, locale), 'text/csv');
    if (format === 'md') download('listinglint-report.md', toMarkdown(outcome.results, decisions, locale), 'text/markdown');
    if (format === 'html') download('listinglint-report.html', toHtml(outcome.results, decisions, { locale, onePerPage }), 'text/html');
  };

  const termLines = term ? all.filter((line) => line.finding.category && termOf(line.finding) === term) : [];
  return (
    <>
      <p data-testid="batch-status">
        {outcome.cancelled
          ? t('batch.cancelled', { rows: outcome.results.length })
          : t('batch.done', { rows: outcome.results.length, seconds: (outcome.ms / 1000).toFixed(1), hits: outcome.cacheHits })}
      </p>
      <SeverityChart groups={summary.byGroup} t={t} locale={locale} />
      <div className="buttons">
        <button type="button" data-testid="batch-export-csv" onClick={() => exportAs('csv')}>
          {t('batch.exportCsv')}
        </button>
        <button type="button" data-testid="batch-export-md" onClick={() => exportAs('md')}>
          {t('batch.exportMd')}
        </button>
        <button type="button" data-testid="batch-export-html" onClick={() => exportAs('html')}>
          {t('batch.exportHtml')}
        </button>
        <label>
          <input type="checkbox" data-testid="batch-one-per-page" checked={onePerPage} onChange={(event) => setOnePerPage(event.target.checked)} />{' '}
          {t('batch.onePerPage')}
        </label>
      </div>
      <div className="batch-filters">
        <label>
          {t('batch.sort')}{' '}
          <select data-testid="batch-sort" value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
            {(['row', 'errors', 'score'] as const).map((key) => (
              <option key={key} value={key}>
                {t(`batch.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <select
          aria-label={t('review.severity')}
          data-testid="batch-filter-severity"
          value={severity}
          onChange={(event) => setSeverity(event.target.value as Severity | '')}
        >
          <option value="">
            {t('review.severity')}：{t('review.all')}
          </option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('batch.filter.category')} data-testid="batch-filter-category" value={group} onChange={(event) => setGroup(event.target.value)}>
          <option value="">
            {t('batch.filter.category')}：{t('review.all')}
          </option>
          {summary.byGroup.map((g) => (
            <option key={g.group} value={g.group}>
              {groupLabel(g.group, locale)} ({g.total})
            </option>
          ))}
        </select>
        <select aria-label={t('batch.filter.term')} data-testid="batch-filter-term" value={term} onChange={(event) => setTerm(event.target.value)}>
          <option value="">
            {t('batch.filter.term')}：{t('review.all')}
          </option>
          {terms.map(([value, count]) => (
            <option key={value} value={value}>
              {value} ({count})
            </option>
          ))}
        </select>
        <select
          aria-label={t('batch.filter.decision')}
          data-testid="batch-filter-decision"
          value={decisionFilter}
          onChange={(event) => setDecisionFilter(event.target.value as Decision | 'undecided' | '')}
        >
          <option value="">
            {t('batch.filter.decision')}：{t('review.all')}
          </option>
          <option value="undecided">{t('review.undecided')}</option>
          {DECISIONS.map((d) => (
            <option key={d} value={d}>
              {t(`review.decision.${d}`)}
            </option>
          ))}
        </select>
        <input placeholder={t('batch.search')} value={search} onChange={(event) => setSearch(event.target.value)} />
        <label>
          <input
            type="checkbox"
            data-testid="batch-review-mode"
            checked={reviewMode}
            onChange={(event) => {
              setReviewMode(event.target.checked);
              setSelected((i) => (i < 0 ? 0 : i));
              event.target.blur();
            }}
          />{' '}
          {t('review.mode')}
        </label>
        <span data-testid="batch-count">{t('batch.findings', { shown: visible.length, total: all.length })}</span>
      </div>
      {reviewMode && <p className="hint">{t('review.shortcuts')}</p>}
      {term && termLines.length > 0 && (
        <div className="buttons" data-testid="batch-bulk">
          <span>{t('batch.bulk', { term, count: termLines.length })}</span>
          <input
            aria-label={t('review.note')}
            placeholder={t('review.note')}
            value={bulkNote}
            data-testid="batch-bulk-note"
            onChange={(event) => setBulkNote(event.target.value)}
          />
          {DECISIONS.map((d) => (
            <button key={d} type="button" data-testid={`batch-bulk-${d}`} onClick={() => void decideLines(termLines, d, bulkNote)}>
              {t(DECISION_KEYS[d])}
            </button>
          ))}
        </div>
      )}
      {status && (
        <p role="status" data-testid="batch-decision-status">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {t('batch.saveFailed', { error })}
        </p>
      )}
      <FindingsTable
        lines={visible}
        decisions={decisions}
        selected={reviewMode ? selected : -1}
        onSelect={setSelected}
        onDecide={(line, d, note) => void decideLines([line], d, note)}
        t={t}
        locale={locale}
      />
    </>
  );
}
