import type { Translate } from '@/lib/i18n';
import type { ListingColumns } from '@/lib/batch/listingColumns';

/** Which column names each listing (product ID) and which gives its category; detected, then the reviewer's choice. */
export function ListingColumnsPicker({
  columns,
  value,
  onChange,
  t,
}: {
  columns: readonly string[];
  value: ListingColumns;
  onChange: (value: ListingColumns) => void;
  t: Translate;
}) {
  const select = (key: keyof ListingColumns, label: string) => (
    <label>
      {label}
      <select data-testid={`batch-${key}-column`} value={value[key] ?? ''} onChange={(event) => onChange({ ...value, [key]: event.target.value || undefined })}>
        <option value="">{t('batch.none')}</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="grid-form">
      {select('id', t('batch.idColumn'))}
      {select('category', t('batch.categoryColumn'))}
    </div>
  );
}
