import { useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { variantLabel } from '@/lib/draft/labels';
import { textForField, type InsertRole } from '@/lib/draft/insertion';
import { variantText, type DraftedVariantMessage } from '@/lib/draftPort';

/** Inserts a variant into a field; resolves with null when it landed, else the notice to show (see components/overlay/editOutcome.ts). */
export type InsertIntoField = (targetId: number, text: string, container: Node & ParentNode) => Promise<string | null>;

export interface InsertTarget {
  id: number;
  label: string;
  /** The field's role on the page: a 卖点 field gets a bullet, a title field the headline. */
  role?: InsertRole;
  /** The field's maxlength, when it has one. */
  maxLength?: number | null;
}

/** Splits text into plain and flagged pieces (by the findings' offsets) so a flagged span renders as <mark>, never as HTML. */
function pieces(text: string, findings: DraftedVariantMessage['findings']) {
  const out: { text: string; severity?: string; title?: string }[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    if (finding.start > at) out.push({ text: text.slice(at, finding.start) });
    out.push({
      text: text.slice(finding.start, finding.end),
      severity: finding.severity,
      title: `${finding.message}${finding.basis ? `（${finding.basis}）` : ''}`,
    });
    at = finding.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

function Flagged({ text, findings }: { text: string; findings: DraftedVariantMessage['findings'] }) {
  return (
    <>
      {pieces(text, findings).map((piece, index) =>
        piece.severity ? (
          <mark key={index} className={`ll-sev-${piece.severity}`} title={piece.title} data-testid="draft-flag">
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}

export function VariantCard({
  variant,
  index,
  t,
  targets,
  onInsert,
}: {
  variant: DraftedVariantMessage;
  index: number;
  t: Translate;
  targets?: InsertTarget[];
  onInsert?: InsertIntoField;
}) {
  const [target, setTarget] = useState<number | undefined>(targets?.[0]?.id);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string>();
  const fieldFindings = (field: string) => variant.findings.filter((finding) => finding.field === field);
  const text = variantText(variant);

  const chosen = targets?.find((option) => option.id === target);
  const bulletIndex = chosen && targets ? targets.filter((option) => option.role === 'bullet').indexOf(chosen) : 0;
  const insertion = chosen ? textForField(variant, { role: chosen.role, maxLength: chosen.maxLength, bulletIndex: Math.max(0, bulletIndex) }) : null;
  const insertNote =
    !insertion || !chosen
      ? null
      : !insertion.ok
        ? insertion.reason === 'too-long'
          ? t('draft.insertDidNotFit', { limit: insertion.limit })
          : null
        : insertion.part === 'bullet'
          ? t('draft.insertBullet', { n: variant.bullets.indexOf(insertion.text) + 1 })
          : insertion.part === 'headline'
            ? t('draft.insertTitle')
            : insertion.cut
              ? t('draft.insertTooLong', { limit: chosen.maxLength ?? '' })
              : null;

  const insert = (container: Node & ParentNode) => {
    if (target === undefined || !onInsert || !insertion?.ok) return;
    if (variant.flagged && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void onInsert(target, insertion.text, container).then((failure) => setStatus(failure ?? t('draft.inserted')));
  };

  return (
    <article className={variant.flagged ? 'draft-variant flagged' : 'draft-variant'} data-testid="draft-variant" data-flagged={variant.flagged}>
      <h4>
        <span className="draft-label" data-testid="draft-variant-label">
          {t('draft.variantLabel', { label: variantLabel(index) })}
        </span>{' '}
        <Flagged text={variant.headline} findings={fieldFindings('headline')} />
      </h4>
      <p className={variant.flagged ? 'draft-status flagged' : 'draft-status'}>{variant.flagged ? t('draft.flagged') : t('draft.clean')}</p>
      <dl>
        <dt>{t('draft.painPoint')}</dt>
        <dd>
          <Flagged text={variant.painPoint} findings={fieldFindings('painPoint')} />
        </dd>
        <dt>{t('draft.solution')}</dt>
        <dd>
          <Flagged text={variant.solution} findings={fieldFindings('solution')} />
        </dd>
        <dt>{t('draft.showcase')}</dt>
        <dd>
          <Flagged text={variant.showcase} findings={fieldFindings('showcase')} />
        </dd>
      </dl>
      <p className="draft-body" data-testid="draft-body">
        <Flagged text={variant.body} findings={fieldFindings('body')} />
      </p>
      {variant.bullets.length > 0 && (
        <ul>
          {variant.bullets.map((bullet, i) => (
            <li key={i}>
              <Flagged text={bullet} findings={fieldFindings(`bullets.${i}`)} />
            </li>
          ))}
        </ul>
      )}
      {variant.hashtags.length > 0 && <p className="draft-tags">{variant.hashtags.map((tag) => `#${tag.replace(/^#/, '')}`).join(' ')}</p>}
      {variant.missingKeywords.length > 0 && <p className="draft-missing">{t('draft.missingKeywords', { keywords: variant.missingKeywords.join('、') })}</p>}
      <div className="draft-actions">
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => setStatus(t('draft.copied')),
              () => undefined,
            )
          }
        >
          {t('draft.copy')}
        </button>
        {targets && targets.length > 0 && onInsert && (
          <>
            <label>
              {t('draft.insertInto')}{' '}
              <select value={target} onChange={(event) => setTarget(Number(event.target.value))} data-testid="draft-target">
                {targets.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              data-testid="draft-insert"
              disabled={!insertion?.ok}
              onClick={(event) => insert(event.currentTarget.getRootNode() as Node & ParentNode)}
            >
              {confirming ? t('draft.insertAnyway') : t('draft.insert')}
            </button>
          </>
        )}
        {insertNote && (
          <span className="draft-insert-note" data-testid="draft-insert-note">
            {insertNote}
          </span>
        )}
        {status && <span role="status">{status}</span>}
      </div>
    </article>
  );
}
