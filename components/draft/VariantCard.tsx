import { useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { variantText, type DraftedVariantMessage } from '@/lib/draftPort';

/** Inserts a variant into a field; resolves with null when it landed, else the notice to show (see components/overlay/editOutcome.ts). */
export type InsertIntoField = (targetId: number, text: string, container: Node & ParentNode) => Promise<string | null>;

export interface InsertTarget {
  id: number;
  label: string;
}

/** Splits text into plain and flagged pieces (by the findings' offsets) so a flagged span renders as <mark>, never as HTML. */
function pieces(text: string, findings: DraftedVariantMessage['findings']) {
  const out: { text: string; severity?: string; title?: string }[] = [];
  let at = 0;
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    if (finding.start < at) continue;
    if (finding.start > at) out.push({ text: text.slice(at, finding.start) });
    out.push({ text: text.slice(finding.start, finding.end), severity: finding.severity, title: `${finding.message}${finding.basis ? `（${finding.basis}）` : ''}` });
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

export function VariantCard({ variant, index, t, targets, onInsert }: { variant: DraftedVariantMessage; index: number; t: Translate; targets?: InsertTarget[]; onInsert?: InsertIntoField }) {
  const [target, setTarget] = useState<number | undefined>(targets?.[0]?.id);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string>();
  const fieldFindings = (field: string) => variant.findings.filter((finding) => finding.field === field);
  const text = variantText(variant);

  const insert = (container: Node & ParentNode) => {
    if (target === undefined || !onInsert) return;
    if (variant.flagged && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void onInsert(target, text, container).then((failure) => setStatus(failure ?? t('draft.inserted')));
  };

  return (
    <article className={variant.flagged ? 'draft-variant flagged' : 'draft-variant'} data-testid="draft-variant" data-flagged={variant.flagged}>
      <h4>
        {index + 1}. <Flagged text={variant.headline} findings={fieldFindings('headline')} />
      </h4>
      <p className={variant.flagged ? 'draft-status flagged' : 'draft-status'}>{variant.flagged ? t('draft.flagged') : t('draft.clean')}</p>
      <dl>
        <dt>{t('draft.painPoint')}</dt>
        <dd><Flagged text={variant.painPoint} findings={fieldFindings('painPoint')} /></dd>
        <dt>{t('draft.solution')}</dt>
        <dd><Flagged text={variant.solution} findings={fieldFindings('solution')} /></dd>
        <dt>{t('draft.showcase')}</dt>
        <dd><Flagged text={variant.showcase} findings={fieldFindings('showcase')} /></dd>
      </dl>
      <p className="draft-body" data-testid="draft-body"><Flagged text={variant.body} findings={fieldFindings('body')} /></p>
      {variant.bullets.length > 0 && (
        <ul>
          {variant.bullets.map((bullet, i) => (
            <li key={i}><Flagged text={bullet} findings={fieldFindings(`bullets.${i}`)} /></li>
          ))}
        </ul>
      )}
      {variant.hashtags.length > 0 && <p className="draft-tags">{variant.hashtags.map((tag) => `#${tag.replace(/^#/, '')}`).join(' ')}</p>}
      {variant.missingKeywords.length > 0 && <p className="draft-missing">{t('draft.missingKeywords', { keywords: variant.missingKeywords.join('、') })}</p>}
      <div className="draft-actions">
        <button type="button" onClick={() => void navigator.clipboard.writeText(text).then(() => setStatus(t('draft.copied')), () => undefined)}>
          {t('draft.copy')}
        </button>
        {targets && targets.length > 0 && onInsert && (
          <>
            <label>
              {t('draft.insertInto')}{' '}
              <select value={target} onChange={(event) => setTarget(Number(event.target.value))} data-testid="draft-target">
                {targets.map((option) => (
                  <option key={option.id} value={option.id}>{option.label}</option>
                ))}
              </select>
            </label>
            <button type="button" data-testid="draft-insert" onClick={(event) => insert(event.currentTarget.getRootNode() as Node & ParentNode)}>
              {confirming ? t('draft.insertAnyway') : t('draft.insert')}
            </button>
          </>
        )}
        {status && <span role="status">{status}</span>}
      </div>
    </article>
  );
}
