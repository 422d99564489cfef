import { useCallback, useEffect, useState } from 'react';
import { decisionsForTexts, hashText, saveDecisions, type DecisionInput, type ListingLintDB } from '@/lib/db';
import type { Decision, ReviewRecord } from '@/lib/db/rows';
import type { ListingName, RowAudit } from '@/lib/batch/auditCatalog';
import { findingKey, REPORT_LABELS, type FindingLine, type ReportDecision, type ReportLocale } from '@/lib/report/reviewReport';
import { findingContext, listingHeading } from '@/lib/report/lines';
import { CATALOG_SOURCE } from '@/lib/report/history';

const storedKey = (d: Pick<ReviewRecord, 'textHash' | 'ruleId' | 'start' | 'end'>) => `${d.textHash}|${d.ruleId}|${d.start}|${d.end}`;

/** One source per listing, so the history names each and listings with the same text keep their own decisions. */
const catalogSource = (listing: ListingName, row: number) => `${CATALOG_SOURCE}${listing.id ?? `row-${row}`}`.slice(0, 4096);

function toReport(record: ReviewRecord): ReportDecision {
  return { decision: record.decision, note: record.note, reviewer: record.reviewer, decidedAt: record.decidedAt };
}

/**
 * Decisions on a catalog's findings, stored like in-page decisions (by text hash, rule and span),
 * so a decision made on the page shows in the batch and the other way round.
 */
export function useCatalogDecisions(db: ListingLintDB, results: readonly RowAudit[] | null, locale: ReportLocale) {
  const [decisions, setDecisions] = useState<ReadonlyMap<string, ReportDecision>>(new Map());
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!results) return;
    let live = true;
    const hashes = new Map<string, string>();
    for (const result of results)
      for (const cell of result.cells) if (cell.findings.length > 0 && !hashes.has(cell.text)) hashes.set(cell.text, hashText(cell.text));
    void decisionsForTexts(db, [...hashes.values()]).then(
      (records) => {
        if (!live) return;
        // This listing's own decision first; else one made on a page for the same text. Other listings' never leak in.
        const own = new Map<string, ReviewRecord>();
        const page = new Map<string, ReviewRecord>();
        for (const record of records) {
          const fromCatalog = record.pageUrl.startsWith(CATALOG_SOURCE);
          const key = fromCatalog ? `${record.pageUrl}|${storedKey(record)}` : storedKey(record);
          const target = fromCatalog ? own : page;
          if ((target.get(key)?.decidedAt ?? -1) < record.decidedAt) target.set(key, record);
        }
        const map = new Map<string, ReportDecision>();
        for (const result of results)
          for (const cell of result.cells)
            for (const finding of cell.findings) {
              const key = storedKey({ textHash: hashes.get(cell.text) ?? '', ...finding });
              const record = own.get(`${catalogSource(result.listing, result.row)}|${key}`) ?? page.get(key);
              if (record) map.set(findingKey(result.row, cell.column, finding), toReport(record));
            }
        setDecisions(map);
      },
      (cause: unknown) => live && setError(String(cause)),
    );
    return () => {
      live = false;
    };
  }, [db, results]);

  /** Saves one decision for each line (one transaction); shown only once stored. */
  const decide = useCallback(
    async (lines: readonly FindingLine[], decision: Decision, note: string) => {
      const l = REPORT_LABELS[locale];
      const inputs: DecisionInput[] = lines.map((line) => ({
        // One record per listing, so the history names each; recalled by text hash like in-page decisions.
        pageUrl: catalogSource(line.listing, line.row),
        field: line.column.slice(0, 200),
        textHash: hashText(line.cell.text),
        ruleId: line.finding.ruleId,
        ...(line.finding.term ? { term: line.finding.term.slice(0, 200) } : {}),
        start: line.finding.start,
        end: line.finding.end,
        decision,
        note,
        listing: listingHeading(line.listing, line.row, l, 60).slice(0, 400),
        context: findingContext(line.cell.text, line.finding),
      }));
      try {
        const saved = await saveDecisions(db, inputs);
        setError(undefined);
        setDecisions((previous) => {
          const next = new Map(previous);
          lines.forEach((line, i) => next.set(line.key, toReport(saved[i]!)));
          return next;
        });
        return saved.length;
      } catch (cause) {
        setError(cause instanceof Error ? cause.message : String(cause));
        return 0;
      }
    },
    [db, locale],
  );

  return { decisions, decide, error };
}
