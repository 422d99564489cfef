import { useCallback, useEffect, useState } from 'react';
import { decisionsForTexts, hashText, saveDecisions, type DecisionInput, type ListingLintDB } from '@/lib/db';
import type { Decision, ReviewRecord } from '@/lib/db/rows';
import type { RowAudit } from '@/lib/batch/auditCatalog';
import { findingKey, findingLines, REPORT_LABELS, type FindingLine, type ReportDecision, type ReportLocale } from '@/lib/report/reviewReport';
import { listingHeading } from '@/lib/report/lines';
import { CATALOG_SOURCE } from '@/lib/report/history';


const storedKey = (d: Pick<ReviewRecord, 'textHash' | 'ruleId' | 'start' | 'end'>) => `${d.textHash}|${d.ruleId}|${d.start}|${d.end}`;

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
    for (const result of results) for (const cell of result.cells) if (cell.findings.length > 0 && !hashes.has(cell.text)) hashes.set(cell.text, hashText(cell.text));
    void decisionsForTexts(db, [...hashes.values()]).then(
      (records) => {
        if (!live) return;
        const byFinding = new Map<string, ReviewRecord>();
        for (const record of records) {
          const key = storedKey(record);
          if ((byFinding.get(key)?.decidedAt ?? -1) < record.decidedAt) byFinding.set(key, record);
        }
        const map = new Map<string, ReportDecision>();
        for (const result of results)
          for (const cell of result.cells)
            for (const finding of cell.findings) {
              const record = byFinding.get(storedKey({ textHash: hashes.get(cell.text) ?? '', ...finding }));
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

  /** Saves one decision for each line; shown only once stored. A line's text twin in another row gets it too. */
  const decide = useCallback(
    async (lines: readonly FindingLine[], decision: Decision, note: string) => {
      const l = REPORT_LABELS[locale];
      const inputs: DecisionInput[] = lines.map((line) => ({
        // One record per listing, so the history names each; recalled by text hash like in-page decisions.
        pageUrl: `${CATALOG_SOURCE}${line.listing.id ?? `row-${line.row}`}`.slice(0, 4096),
        field: line.column.slice(0, 200),
        textHash: hashText(line.cell.text),
        ruleId: line.finding.ruleId,
        ...(line.finding.term ? { term: line.finding.term.slice(0, 200) } : {}),
        start: line.finding.start,
        end: line.finding.end,
        decision,
        note,
        listing: listingHeading(line.listing, line.row, l, 60).slice(0, 400),
        context: `${line.before}【${line.finding.match}】${line.after}`.slice(0, 400),
      }));
      try {
        const saved = await saveDecisions(db, inputs);
        setError(undefined);
        const byKey = new Map(saved.map((record) => [storedKey(record), record]));
        setDecisions((previous) => {
          const next = new Map(previous);
          // Every row holding the same text and finding shares the decision, as on the page.
          for (const line of findingLines(results ?? [])) {
            const record = byKey.get(storedKey({ textHash: hashText(line.cell.text), ...line.finding }));
            if (record) next.set(line.key, toReport(record));
          }
          return next;
        });
        return saved.length;
      } catch (cause) {
        setError(cause instanceof Error ? cause.message : String(cause));
        return 0;
      }
    },
    [db, locale, results],
  );

  return { decisions, decide, error };
}
