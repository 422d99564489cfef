import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import type { Finding } from '@/lib/types';
import type { Box } from '@/lib/dom/textRects';
import type { EditResult } from '@/lib/dom/fieldAccess';
import { fixFailureNotice } from './editOutcome';
import { useFloating } from './useFloating';

interface Props {
  finding: Finding;
  anchor: Box;
  t: Translate;
  /** Applies suggestion `index`; resolves with what the field shows afterwards. */
  onApply: (index: number) => Promise<EditResult>;
  /** The fix landed: the card closes. */
  onApplied: () => void;
  /** The fix did not land; called even when the card is gone by then (its field left the page). */
  onFailed: (notice: string) => void;
  onIgnore: () => void;
  /** Always allow the term: on this platform, or on all platforms when the user picks that. */
  onAllow: (allPlatforms: boolean) => void;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  notice?: string;
  /** Opened from the keyboard: focus moves into the card. */
  focusOnOpen?: boolean;
}

/** The hover/keyboard card of one finding: what, why (basis), and the fixes. */
export function FindingCard({
  finding,
  anchor,
  t,
  onApply,
  onApplied,
  onFailed,
  onIgnore,
  onAllow,
  onClose,
  onPointerEnter,
  onPointerLeave,
  notice,
  focusOnOpen,
}: Props) {
  const [applying, setApplying] = useState(false);
  const [outcome, setOutcome] = useState<string>();
  const apply = async (index: number, container: Node & ParentNode) => {
    setApplying(true);
    setOutcome(undefined);
    const result = await onApply(index);
    setApplying(false);
    if (result.landed) onApplied();
    else {
      const failure = await fixFailureNotice(result, finding.suggestions[index] ?? '', t, container);
      setOutcome(failure);
      onFailed(failure);
    }
  };
  const ref = useRef<HTMLDivElement>(null);
  // Below the hit's line, flipped above it when there is no room: never over the line itself.
  const position = useFloating(ref, anchor, 'bottom-start');
  useEffect(() => {
    if (focusOnOpen && position) (ref.current?.querySelector<HTMLElement>('.ll-fix') ?? ref.current?.querySelector<HTMLElement>('button'))?.focus();
  }, [focusOnOpen, position === null]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div
      ref={ref}
      className={`ll-card ll-sev-${finding.severity}`}
      role="dialog"
      aria-label={finding.message}
      data-testid="ll-card"
      style={position ? { top: position.top, left: position.left, maxHeight: position.maxHeight } : { top: 0, left: 0, visibility: 'hidden' }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="ll-card-head">
        <span className="ll-sev-label">{t(`severity.${finding.severity}`)}</span>
        <q className="ll-card-match">{finding.match}</q>
        <button type="button" className="ll-icon" aria-label={t('card.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="ll-card-message" data-testid="ll-card-message">
        {finding.message}
      </p>
      {finding.basis && (
        <p className="ll-card-basis" data-testid="ll-card-basis">
          {t('card.basis')}：{finding.basis}
        </p>
      )}
      {finding.suggestions.length > 0 && (
        <div className="ll-card-fixes">
          <span>{t('card.suggestions')}</span>
          {finding.suggestions.map((suggestion, index) => (
            <button
              key={suggestion}
              type="button"
              className="ll-fix"
              data-testid="ll-fix"
              disabled={applying}
              onClick={(event) => void apply(index, event.currentTarget.getRootNode() as Node & ParentNode)}
            >
              {suggestion === '' ? t('card.delete') : suggestion}
            </button>
          ))}
        </div>
      )}
      {(outcome ?? notice) && (
        <p className="ll-card-notice" role="alert" data-testid="ll-card-notice">
          {outcome ?? notice}
        </p>
      )}
      <div className="ll-card-actions">
        <button type="button" data-testid="ll-ignore" onClick={onIgnore}>
          {t('card.ignoreOnce')}
        </button>
        <button type="button" data-testid="ll-allow" onClick={() => onAllow(false)}>
          {t('overlay.allowOnPlatform', { term: finding.match })}
        </button>
        <button type="button" data-testid="ll-allow-all" onClick={() => onAllow(true)}>
          {t('overlay.allowAllPlatforms')}
        </button>
      </div>
    </div>
  );
}
