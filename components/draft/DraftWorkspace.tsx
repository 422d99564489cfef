import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { download } from '@/components/options/download';
import { abSetCsv } from '@/lib/draft/abSet';
import { draftedVariantMessageSchema, type DraftedVariantMessage } from '@/lib/draftPort';
import { deleteDraft, putDraft, type ListingLintDB } from '@/lib/db';
import type { Locale, Translate } from '@/lib/i18n';
import { DraftStudio } from './DraftStudio';

/** Key prefix of saved A/B sets among the drafts (saved drafts are user data: never evicted, in backups). */
const AB_PREFIX = 'ab:';

function exportSet(name: string, variants: readonly DraftedVariantMessage[], locale: Locale) {
  download(`${name || 'ab-set'}.csv`, abSetCsv(name, variants, locale), 'text/csv');
}

async function saveAbSet(db: ListingLintDB, name: string, variants: DraftedVariantMessage[], locale: Locale): Promise<string> {
  const now = Date.now();
  const setName = name.trim() || new Date(now).toLocaleString(locale);
  await putDraft(db, `${AB_PREFIX}${now}`, { request: { name: setName }, variants, provider: 'ab-set', model: 'ab-set', saved: true });
  return setName;
}

/** The dashboard's drafting page: the studio, plus saving a draft's variants as an A/B set and exporting it as CSV. */
export function DraftWorkspace({ t, locale, db }: { t: Translate; locale: Locale; db: ListingLintDB | null }) {
  const [saved, setSaved] = useState<string>();
  const sets = useLiveQuery(async () => (db ? (await db.drafts.toArray()).filter((d) => d.key.startsWith(AB_PREFIX) && d.saved) : []), [db]) ?? [];

  const save = async (name: string, variants: DraftedVariantMessage[]) => {
    if (!db) return;
    setSaved(t('draft.abSaved', { name: await saveAbSet(db, name, variants, locale) }));
  };

  return (
    <>
      <DraftStudio
        t={t}
        locale={locale}
        resultActions={(variants, productName) => (
          <div className="draft-ab-actions">
            {db && (
              <button type="button" data-testid="draft-ab-save" onClick={() => void save(productName, variants)}>
                {t('draft.abSave')}
              </button>
            )}
            <button type="button" data-testid="draft-ab-export" onClick={() => exportSet(productName, variants, locale)}>
              {t('draft.abExport')}
            </button>
            {saved && <span role="status">{saved}</span>}
          </div>
        )}
      />
      <section className="draft-ab-sets" data-testid="draft-ab-sets">
        <h3>{t('draft.abSets')}</h3>
        {sets.length === 0 && <p>{t('draft.abNone')}</p>}
        <ul>
          {sets.map((set) => {
            const name = typeof set.request.name === 'string' ? set.request.name : set.key;
            // Stored rows are re-validated: storage may hold anything.
            const variants = set.variants.flatMap((v) => {
              const parsed = draftedVariantMessageSchema.safeParse(v);
              return parsed.success ? [parsed.data] : [];
            });
            return (
              <li key={set.key}>
                <strong>{name}</strong> · {variants.length}{' '}
                <button type="button" onClick={() => exportSet(name, variants, locale)}>
                  {t('draft.abExport')}
                </button>{' '}
                <button type="button" onClick={() => db && void deleteDraft(db, set.key)}>
                  {t('draft.abDelete')}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
