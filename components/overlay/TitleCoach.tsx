import { useEffect, useMemo, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import type { Locale } from '@/lib/contracts/locale';
import type { Platform } from '@/lib/types';
import type { TitleReport } from '@/lib/title/audit';
import { buildCoach } from '@/lib/title/coach';
import type { KeywordInsertion } from '@/lib/title/insertKeyword';
import type { KeywordInput } from '@/lib/title/keywordSet';
import type { Box } from '@/lib/dom/textRects';
import { useFloating } from './useFloating';
import './titleCoach.css';

/** What happened to an edit, read back from the field: the coach never claims a change the field did not take. */
export type EditOutcome = { landed: true } | { landed: false };

export interface TitleCoachProps {
  title: string;
  report: TitleReport;
  platform: Platform;
  keywords: readonly KeywordInput[];
  t: Translate;
  locale: Locale;
  /** Replaces the whole title. */
  onApply: (title: string) => Promise<EditOutcome>;
  /** Inserts a keyword at the insertion's offset. */
  onInsert: (insertion: KeywordInsertion) => Promise<EditOutcome>;
  onClose: () => void;
  /** Where the meter sits: the coach opens below it, flipped above when there is no room, never over the field. */
  anchor: Box;
  field: Box;
}

const formatVolume = (volume: number | null, locale: Locale) => (volume === null ? '' : new Intl.NumberFormat(locale).format(volume));

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The title coach: the score with each part and its reason, keyword chips by volume (click a missing one
 * to insert it where it reads naturally), repeated words, forbidden characters and the suggested title
 * with apply and copy, re-suggested with the words the seller keeps. Helium 10's Listing Builder is the model.
 */
export function TitleCoach({ title, report, platform, keywords, t, locale, onApply, onInsert, onClose, anchor, field }: TitleCoachProps) {
  const [keep, setKeep] = useState<string[]>([]);
  const [keepApplied, setKeepApplied] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const position = useFloating(dialog, anchor, 'bottom-start', field);
  const coach = useMemo(() => buildCoach(title, report, { platform, keywords, keep: keepApplied }), [title, report, platform, keywords, keepApplied]);
  const zh = locale !== 'en';

  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('button, [tabindex="0"]')?.focus();
  }, []);
  // Escape closes the coach from the title field too (an edit moves focus back to the field).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && event.isTrusted) onClose();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [onClose]);

  const run = async (edit: () => Promise<EditOutcome>, fallbackText: string, success: string) => {
    setBusy(true);
    try {
      const outcome = await edit();
      if (outcome.landed) setStatus(success);
      else setStatus((await copyText(fallbackText)) ? t('coach.notLanded') : t('coach.copyFailed'));
    } finally {
      setBusy(false);
    }
  };

  const toggleKeep = (word: string) => setKeep((current) => (current.includes(word) ? current.filter((kept) => kept !== word) : [...current, word]));
  const suggestion = coach.suggestion;

  return (
    <div
      ref={dialog}
      className="ll-coach"
      role="dialog"
      aria-modal="false"
      aria-label={t('coach.title')}
      data-testid="ll-title-coach"
      style={position ? { top: position.top, left: position.left, maxHeight: position.maxHeight } : { top: 0, left: 0, visibility: 'hidden' }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="ll-coach-head">
        <strong className="ll-coach-score" data-testid="ll-coach-score">
          {t('coach.score', { score: report.score })}
        </strong>
        <span className="ll-coach-heading">{t('coach.title')}</span>
        <button type="button" className="ll-icon" aria-label={t('coach.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {report.scoreCap && (
        <p className="ll-coach-cap" data-testid="ll-coach-cap">
          {zh ? report.scoreCap.reason.zh : report.scoreCap.reason.en}
        </p>
      )}

      <ul className="ll-coach-parts" aria-label={t('coach.parts')}>
        {report.scoreParts.map((part) => (
          <li key={part.id} data-part={part.id}>
            <span className="ll-coach-part-name">{t(`coach.part.${part.id}`)}</span>
            <span className="ll-coach-bar" aria-hidden="true">
              <span style={{ width: `${part.max > 0 ? (100 * part.points) / part.max : 0}%` }} />
            </span>
            <span className="ll-coach-points">
              {part.points}/{part.max}
            </span>
            <span className="ll-coach-reason">{zh ? part.reason.zh : part.reason.en}</span>
          </li>
        ))}
      </ul>

      {keywords.length === 0 ? (
        <p className="ll-coach-empty">{t('coach.noKeywords')}</p>
      ) : (
        <>
          <h4>{t('coach.used')}</h4>
          <div className="ll-chips" data-testid="ll-coach-used">
            {coach.used.length === 0 && <span className="ll-coach-empty">{t('coach.usedNone')}</span>}
            {coach.used.map((use) => (
              <button
                key={use.keyword}
                type="button"
                className="ll-chip ll-chip-used"
                aria-pressed={keep.includes(use.keyword)}
                aria-label={t('coach.keep', { keyword: use.keyword })}
                onClick={() => toggleKeep(use.keyword)}
              >
                {use.keyword} <small>{formatVolume(use.volume, locale)}</small>
              </button>
            ))}
          </div>
          <h4>{t('coach.missing')}</h4>
          <div className="ll-chips" data-testid="ll-coach-missing">
            {coach.missing.length === 0 && <span className="ll-coach-empty">{t('coach.missingNone')}</span>}
            {coach.missing.map((chip) => (
              <button
                key={chip.keyword}
                type="button"
                className="ll-chip ll-chip-missing"
                disabled={busy || !chip.insertion.fits}
                aria-label={t('coach.insert', { keyword: chip.keyword })}
                title={chip.partial ? t('coach.partial', { present: chip.partial.present.join(' '), absent: chip.partial.absent.join(' ') }) : undefined}
                onClick={() => void run(() => onInsert(chip.insertion), chip.insertion.result, t('coach.inserted', { keyword: chip.keyword }))}
              >
                + {chip.keyword} <small>{formatVolume(chip.volume, locale)}</small>
                {chip.partial && (
                  <em className="ll-chip-note">{t('coach.partial', { present: chip.partial.present.join(' '), absent: chip.partial.absent.join(' ') })}</em>
                )}
                {!chip.insertion.fits && <em className="ll-chip-note">{t('coach.noRoom')}</em>}
              </button>
            ))}
          </div>
          {coach.conflicting.length > 0 && (
            <details className="ll-coach-conflicts" data-testid="ll-coach-conflicting">
              <summary>{t('coach.conflicting', { count: coach.conflicting.length })}</summary>
              <ul>
                {coach.conflicting.map((gap) => (
                  <li key={gap.keyword}>{zh ? gap.reason.zh : gap.reason.en}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}

      {report.repeatedWords.length > 0 && <p>{t('coach.repeated', { words: report.repeatedWords.map((word) => word.word).join(zh ? '、' : ', ') })}</p>}
      {report.bannedChars.length > 0 && <p className="ll-coach-cap">{t('coach.banned', { chars: report.bannedChars.join(' ') })}</p>}

      {suggestion && (
        <section className="ll-coach-suggestion" data-testid="ll-coach-suggestion">
          <h4>{t('coach.suggestion')}</h4>
          {suggestion.ok ? (
            <>
              <p className="ll-coach-suggested" data-testid="ll-coach-suggested-title">
                {suggestion.value.title}
              </p>
              <p className="ll-coach-note">
                {suggestion.gainVolume > 0 ? t('coach.suggestionGain', { volume: formatVolume(suggestion.gainVolume, locale) }) : t('coach.suggestionNoGain')}
                {keepApplied.length > 0 && ` · ${t('coach.kept', { words: keepApplied.join(zh ? '、' : ', ') })}`}
              </p>
              <div className="ll-coach-actions">
                <button
                  type="button"
                  className="ll-primary"
                  disabled={busy || suggestion.value.title === title}
                  onClick={() => void run(() => onApply(suggestion.value.title), suggestion.value.title, t('coach.applied'))}
                >
                  {t('coach.apply')}
                </button>
                <button
                  type="button"
                  onClick={() => void copyText(suggestion.value.title).then((ok) => setStatus(ok ? t('coach.copied') : t('coach.copyFailed')))}
                >
                  {t('coach.copy')}
                </button>
                {keep.join('\u0000') !== keepApplied.join('\u0000') && (
                  <button type="button" onClick={() => setKeepApplied(keep)}>
                    {t('coach.resuggest')}
                  </button>
                )}
              </div>
            </>
          ) : (
            <p className="ll-coach-note">{suggestion.error}</p>
          )}
        </section>
      )}
      <p className="ll-coach-status" role="status" aria-live="polite" data-testid="ll-coach-status">
        {status}
      </p>
    </div>
  );
}
