import { useEffect, useMemo, useState } from 'react';
import { auditField } from '@/lib/audit/auditField';
import type { Locale, Translate } from '@/lib/i18n';
import type { ResponseOf } from '@/lib/messages';
import type { Finding, Platform } from '@/lib/types';

type AuditContext = Omit<ResponseOf<'getAuditContext'>, 'ok'>;
const EMPTY_CONTEXT: AuditContext = { allow: [], customTerms: [], keywords: [], lexicons: [], disabledTerms: [] };

/** The user's audit context (allowlist, own terms, subscriptions, disabled terms) as the background builds it for seller pages. */
export function useAuditContext(platform: Platform): AuditContext {
  const [context, setContext] = useState<AuditContext>(EMPTY_CONTEXT);
  useEffect(() => {
    void (browser.runtime.sendMessage({ type: 'getAuditContext', platform }) as Promise<ResponseOf<'getAuditContext'> | { ok: false }>)
      .then((response) => response?.ok && setContext(response))
      .catch(() => undefined);
  }, [platform]);
  return context;
}

/** The text with its findings marked; page text is rendered as text nodes, never as HTML. */
function MarkedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const [index, finding] of findings.entries()) {
    if (finding.start < cursor) continue; // overlapping findings: the first one is marked
    parts.push(text.slice(cursor, finding.start));
    parts.push(
      <mark key={index} className={`ll-sev-${finding.severity}`}>
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    cursor = finding.end;
  }
  parts.push(text.slice(cursor));
  return <p className="checked-text">{parts}</p>;
}

/** Audits `text` as ad copy with the user's context and lists the findings: message, basis, suggestions. */
export function TextCheck({ text, platform, locale, t }: { text: string; platform: Platform; locale: Locale; t: Translate }) {
  const context = useAuditContext(platform);
  const findings = useMemo(
    () =>
      auditField(text, {
        role: 'ad-copy',
        platform,
        locale,
        allow: context.allow,
        customTerms: context.customTerms,
        extraLexicons: context.lexicons,
        disabledTerms: context.disabledTerms,
      }).findings,
    [text, platform, locale, context],
  );
  return (
    <div className="text-check" data-testid="text-check">
      <MarkedText text={text} findings={findings} />
      <p className={findings.length ? 'summary sev-error' : 'summary sev-ok'} data-testid="text-check-summary">
        {findings.length ? t('selection.summary', { count: findings.length }) : t('selection.clean')}
      </p>
      <ul className="finding-list" data-testid="text-check-findings">
        {findings.map((finding) => (
          <li key={`${finding.ruleId}:${finding.start}:${finding.end}`} className={`finding sev-${finding.severity}`}>
            <div className="finding-head">
              <span className={`sev-chip sev-${finding.severity}`}>{t(`severity.${finding.severity}`)}</span>
              <strong>{finding.match}</strong>
            </div>
            <p>{finding.message}</p>
            {finding.basis && <p className="hint">{t('check.labelled', { label: t('card.basis'), value: finding.basis })}</p>}
            {finding.suggestions.length > 0 && (
              <p className="hint">
                {t('check.labelled', {
                  label: t('card.suggestions'),
                  value: finding.suggestions.map((s) => (s === '' ? t('card.delete') : s)).join(t('check.or')),
                })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
