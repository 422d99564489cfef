import type { Translate } from '@/lib/i18n';
import { SEVERITIES, type Finding, type Severity } from '@/lib/types';
import type { TrackedField } from './controller';

interface Props {
  fields: TrackedField[];
  t: Translate;
  onSelect: (fieldId: number, finding: Finding) => void;
  onClose: () => void;
}

/** Every finding on the page, grouped by severity, each one a button that jumps to the hit. */
export function FindingsPanel({ fields, t, onSelect, onClose }: Props) {
  const groups = new Map<Severity, { field: TrackedField; finding: Finding }[]>(SEVERITIES.map((severity) => [severity, []]));
  for (const field of fields) for (const finding of field.findings) groups.get(finding.severity)!.push({ field, finding });
  const total = fields.reduce((sum, field) => sum + field.findings.length, 0);
  return (
    <aside className="ll-panel" aria-label={t('panel.title')} data-testid="ll-panel">
      <div className="ll-panel-head">
        <strong>{t('panel.title')}</strong>
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </div>
      {total === 0 && <p>{t('panel.empty')}</p>}
      {SEVERITIES.map((severity) => {
        const items = groups.get(severity)!;
        if (items.length === 0) return null;
        return (
          <section key={severity} data-severity={severity}>
            <h3 className={`ll-sev-${severity}`}>
              {t(`severity.${severity}`)} · {items.length}
            </h3>
            <ul>
              {items.map(({ field, finding }) => (
                <li key={`${field.id}:${finding.ruleId}:${finding.start}`}>
                  <button type="button" className="ll-panel-item" data-testid="ll-panel-item" onClick={() => onSelect(field.id, finding)}>
                    <span className="ll-panel-field">{field.binding.label || field.binding.key}</span>
                    <q>{finding.match}</q>
                    <span className="ll-panel-message">{finding.message}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
