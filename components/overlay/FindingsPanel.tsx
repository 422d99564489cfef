import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FrameSurface } from '@/lib/sites/frameSurfaces';
import type { Box } from '@/lib/dom/textRects';
import { useFloating } from './useFloating';
import type { Translate } from '@/lib/i18n';
import type { ReviewDecision } from '@/lib/messages';
import { SEVERITIES, type Finding, type Severity } from '@/lib/types';
import type { TrackedField } from '@/lib/dom/overlay/controller';

export type Decision = ReviewDecision['decision'];

/** How a finding is matched to a stored decision: same field, same text, same rule and span. */
export function decisionKey(decision: Pick<ReviewDecision, 'field' | 'textHash' | 'ruleId' | 'start' | 'end'>): string {
  return `${decision.field}|${decision.textHash}|${decision.ruleId}|${decision.start}|${decision.end}`;
}

export function findingDecisionKey(field: TrackedField, finding: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  return decisionKey({ field: field.binding.key, textHash: field.textHash, ruleId: finding.ruleId, start: finding.start, end: finding.end });
}

interface Props {
  fields: TrackedField[];
  /** Editors in cross-origin frames: audited by their own instance, or out of reach. */
  frames?: readonly FrameSurface[];
  t: Translate;
  decisions: ReadonlyMap<string, ReviewDecision>;
  onSelect: (fieldId: number, finding: Finding) => void;
  onDecide: (field: TrackedField, finding: Finding, decision: Decision, note: string) => void;
  onAllow: (term: string) => void;
  onClose: () => void;
  /** The badge the panel opens from, and the field it must not cover. */
  anchor: Box | null;
  avoid?: Box;
}

const DECISION_KEYS: Record<string, Decision> = { c: 'confirmed', a: 'accepted', f: 'false-positive' };

/** Every finding on the page grouped by severity; in review mode, a decision (with a note) per finding, by mouse or keyboard. */
/** More entries than this are summarised: a 1 MB paste must not render ten thousand list items. */
const MAX_ENTRIES = 300;

export function FindingsPanel({ fields, frames = [], t, decisions, onSelect, onDecide, onAllow, onClose, anchor, avoid }: Props) {
  const ref = useRef<HTMLElement>(null);
  const position = useFloating(ref, anchor, 'top-end', avoid);
  const [reviewMode, setReviewMode] = useState(false);
  const [severityFilter, setSeverityFilter] = useState<Severity | 'all'>('all');
  const [decisionFilter, setDecisionFilter] = useState<Decision | 'undecided' | 'all'>('all');
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [cursor, setCursor] = useState(0);

  const items = fields
    .flatMap((field) => field.findings.map((finding) => ({ field, finding, key: findingDecisionKey(field, finding) })))
    .filter(({ finding }) => severityFilter === 'all' || finding.severity === severityFilter)
    .filter(({ key }) => {
      const decided = decisions.get(key)?.decision;
      return decisionFilter === 'all' || (decisionFilter === 'undecided' ? !decided : decided === decisionFilter);
    });
  const allOrdered = SEVERITIES.flatMap((severity) => items.filter((item) => item.finding.severity === severity));
  const ordered = allOrdered.slice(0, MAX_ENTRIES);
  const activeIndex = Math.min(cursor, ordered.length - 1);
  const activeKey = reviewMode ? ordered[activeIndex]?.key : undefined;
  // Review mode moves real focus with the cursor (roving tabindex).
  useEffect(() => {
    if (!activeKey) return;
    const item = ref.current?.querySelector<HTMLElement>('li[aria-current="true"] .ll-panel-item');
    const root = ref.current?.getRootNode() as Document | ShadowRoot | undefined;
    // Follow with focus only while the user is in the panel (never steal it from a field).
    if (!item || !root?.activeElement || !ref.current?.contains(root.activeElement)) return;
    item?.focus({ preventScroll: false });
  }, [activeKey]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    // Keys are text only in text boxes; from the review-mode checkbox itself they triage at once.
    const target = event.target as HTMLElement;
    if (
      !reviewMode ||
      (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox') ||
      target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT' ||
      ordered.length === 0
    )
      return;
    const current = ordered[Math.min(cursor, ordered.length - 1)];
    if (event.key === 'ArrowDown' || event.key === 'j') setCursor((c) => Math.min(c + 1, ordered.length - 1));
    else if (event.key === 'ArrowUp' || event.key === 'k') setCursor((c) => Math.max(c - 1, 0));
    else if (DECISION_KEYS[event.key] && current) onDecide(current.field, current.finding, DECISION_KEYS[event.key]!, notes[current.key] ?? '');
    else return;
    event.preventDefault();
  };

  return (
    <aside
      ref={ref}
      id="ll-findings-panel"
      className="ll-panel"
      aria-label={t('panel.title')}
      data-testid="ll-panel"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      style={
        position ? { top: position.top, left: position.left, maxHeight: Math.min(position.maxHeight, window.innerHeight * 0.6) } : { visibility: 'hidden' }
      }
    >
      <div className="ll-panel-head">
        <strong>{t('panel.title')}</strong>
        <label>
          <input type="checkbox" data-testid="ll-review-mode" checked={reviewMode} onChange={(event) => setReviewMode(event.target.checked)} />{' '}
          {t('review.mode')}
        </label>
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </div>
      {reviewMode && (
        <div className="ll-review-filters">
          <select aria-label={t('review.severity')} value={severityFilter} onChange={(event) => setSeverityFilter(event.target.value as Severity | 'all')}>
            <option value="all">{t('review.all')}</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`severity.${severity}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('review.decisionFilter')}
            data-testid="ll-decision-filter"
            value={decisionFilter}
            onChange={(event) => setDecisionFilter(event.target.value as Decision | 'undecided' | 'all')}
          >
            <option value="all">{t('review.all')}</option>
            <option value="undecided">{t('review.undecided')}</option>
            {(['confirmed', 'accepted', 'false-positive'] as const).map((decision) => (
              <option key={decision} value={decision}>
                {t(`review.decision.${decision}`)}
              </option>
            ))}
          </select>
          <small>{t('review.shortcuts')}</small>
        </div>
      )}
      {ordered.length === 0 && <p>{t('panel.empty')}</p>}
      {frames.length > 0 && (
        <ul className="ll-panel-frames" data-testid="ll-panel-frames">
          {frames.map((surface, index) => (
            <li key={`${surface.origin}-${index}`} data-state={surface.state}>
              {surface.state === 'audited'
                ? t('frames.audited', { label: surface.label || surface.origin, origin: new URL(surface.origin).host, count: surface.findings })
                : t('frames.unreadable', { label: surface.label || surface.origin, origin: new URL(surface.origin).host })}
            </li>
          ))}
        </ul>
      )}
      {allOrdered.length > ordered.length && <p className="ll-panel-more">{t('batch.more', { count: ordered.length })}</p>}
      {SEVERITIES.map((severity) => {
        const group = ordered.filter((item) => item.finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} data-severity={severity}>
            <h3 className={`ll-sev-${severity}`}>
              {t(`severity.${severity}`)} · {group.length}
            </h3>
            <ul>
              {group.map(({ field, finding, key }) => {
                const decided = decisions.get(key);
                const active = activeKey === key;
                return (
                  <li
                    key={key}
                    className={active ? 'll-active' : undefined}
                    aria-current={active ? 'true' : undefined}
                    data-testid="ll-panel-entry"
                    data-decision={decided?.decision ?? ''}
                  >
                    <button
                      type="button"
                      className="ll-panel-item"
                      data-testid="ll-panel-item"
                      tabIndex={reviewMode && !active ? -1 : 0}
                      onClick={() => onSelect(field.id, finding)}
                    >
                      <span className="ll-sr-only">{t(`severity.${finding.severity}`)}：</span>
                      <span className="ll-panel-field">{field.binding.label || field.binding.key}</span>
                      <q>{finding.match}</q>
                      <span className="ll-panel-message">{finding.message}</span>
                      {decided && (
                        <span className="ll-decision" data-testid="ll-decision">
                          {t(`review.decision.${decided.decision}`)}
                          {decided.note ? `：${decided.note}` : ''}
                        </span>
                      )}
                    </button>
                    {reviewMode && (
                      <div className="ll-review-actions">
                        <button type="button" data-testid="ll-decide-confirmed" onClick={() => onDecide(field, finding, 'confirmed', notes[key] ?? '')}>
                          {t('review.confirm')}
                        </button>
                        <button type="button" data-testid="ll-decide-accepted" onClick={() => onDecide(field, finding, 'accepted', notes[key] ?? '')}>
                          {t('review.accept')}
                        </button>
                        <button
                          type="button"
                          data-testid="ll-decide-false-positive"
                          onClick={() => onDecide(field, finding, 'false-positive', notes[key] ?? '')}
                        >
                          {t('review.falsePositive')}
                        </button>
                        <input
                          aria-label={t('review.note')}
                          placeholder={t('review.note')}
                          data-testid="ll-note"
                          value={notes[key] ?? decided?.note ?? ''}
                          onChange={(event) => setNotes({ ...notes, [key]: event.target.value })}
                        />
                        {decided?.decision === 'false-positive' && (
                          <button type="button" data-testid="ll-promote" onClick={() => onAllow(finding.match)}>
                            {t('review.promote')}
                          </button>
                        )}
                      </div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
