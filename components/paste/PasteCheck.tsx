import { useEffect, useMemo, useState } from 'react';
import { platformLabel } from '@/lib/platforms/registry';
import type { Locale, Translate } from '@/lib/i18n';
import type { ListingLintDB } from '@/lib/db';
import { loadAuditContext, type AuditContext } from '@/lib/audit/auditContext';
import { auditField } from '@/lib/audit/auditField';
import { groupHits, highlightSegments, replaceAll, type HitTerm } from '@/lib/audit/pasteCheck';
import { groupLabel } from '@/lib/report/labels';
import { PLATFORMS, type Platform } from '@/lib/types';
import '@/components/batch/batch.css';

const ROLES = ['description', 'title', 'bullet', 'ad-copy'] as const;
type Role = (typeof ROLES)[number];

/** The 句易网 workflow: paste any copy, see every hit highlighted and grouped, replace all, copy the result. */
export function PasteCheck({ db, t, locale }: { db: ListingLintDB; t: Translate; locale: Locale }) {
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role>('description');
  const [platform, setPlatform] = useState<Platform>('taobao');
  const [context, setContext] = useState<AuditContext | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    // The user's allowlist and own terms apply here as on the page; without them the shipped lexicons still do.
    void loadAuditContext(db, platform).then(
      (loaded) => live && setContext(loaded),
      () => live && setContext(null),
    );
    return () => {
      live = false;
    };
  }, [db, platform]);

  const findings = useMemo(
    () => auditField(text, { role, platform, locale, allow: context?.allow, customTerms: context?.customTerms, extraLexicons: context?.lexicons }).findings,
    [text, role, platform, locale, context],
  );
  const segments = useMemo(() => highlightSegments(text, findings), [text, findings]);
  const groups = useMemo(() => groupHits(findings), [findings]);

  const replace = (term: HitTerm, replacement: string) => {
    const result = replaceAll(text, term.findings, replacement);
    setText(result.text);
    setStatus(t('paste.replaced', { count: result.replaced }));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      // A resolved write means the browser took the text; where reading is allowed, check it came back whole.
      const back = await navigator.clipboard.readText().catch(() => text);
      setStatus(back === text ? t('paste.copied') : t('paste.copyFailed'));
    } catch {
      setStatus(t('paste.copyFailed'));
    }
  };

  return (
    <div data-testid="paste-check">
      <div className="grid-form">
        <label>
          {t('paste.role')}
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`paste.role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('batch.platform')}
          <select value={platform} onChange={(event) => setPlatform(event.target.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformLabel(p, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('paste.input')}
        <textarea
          data-testid="paste-input"
          rows={8}
          style={{ width: '100%' }}
          placeholder={t('paste.placeholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <h3>{t('paste.preview')}</h3>
      <div className="paste-preview" data-testid="paste-preview">
        {segments.map((segment, i) =>
          segment.finding ? (
            <mark key={i} className={`ll-sev-${segment.finding.severity}`} data-testid="paste-hit" title={segment.finding.message}>
              {segment.text}
            </mark>
          ) : (
            <span key={i}>{segment.text}</span>
          ),
        )}
      </div>
      <p data-testid="paste-count">{findings.length ? t('paste.hits', { count: findings.length }) : text && t('paste.none')}</p>
      <div className="paste-groups">
        {groups.map((group) => (
          <section key={group.group} data-testid="paste-group" data-group={group.group}>
            <h4>
              {groupLabel(group.group, locale)} · {t(`severity.${group.severity}`)} · {t('paste.occurrences', { count: group.count })}
            </h4>
            <ul>
              {group.terms.map((term) => (
                <TermRow key={term.match} term={term} onReplace={replace} t={t} />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="buttons">
        <button type="button" data-testid="paste-copy" disabled={!text} onClick={() => void copy()}>
          {t('paste.copy')}
        </button>
        {status && (
          <span role="status" data-testid="paste-status">
            {status}
          </span>
        )}
      </div>
    </div>
  );
}

function TermRow({ term, onReplace, t }: { term: HitTerm; onReplace: (term: HitTerm, replacement: string) => void; t: Translate }) {
  const [replacement, setReplacement] = useState(term.suggestions[0] ?? '');
  const first = term.findings[0]!;
  return (
    <li data-testid="paste-term" data-match={term.match}>
      <q>{term.match}</q> ×{term.findings.length} — {first.message}
      {first.basis && <small>（{first.basis}）</small>}{' '}
      <input
        list={`paste-suggestions-${term.match}`}
        aria-label={t('batch.suggestion')}
        data-testid="paste-replacement"
        value={replacement}
        placeholder={t('paste.delete')}
        onChange={(event) => setReplacement(event.target.value)}
      />
      <datalist id={`paste-suggestions-${term.match}`}>
        {term.suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="button" data-testid="paste-replace-all" onClick={() => onReplace(term, replacement)}>
        {t('paste.replaceAll')}
      </button>
    </li>
  );
}
