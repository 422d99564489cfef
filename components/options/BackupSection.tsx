import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Translate } from '@/lib/i18n';
import { auditCacheStats, backupToJson, clearCaches, exportBackup, restoreBackup, type ListingLintDB } from '@/lib/db';
import { afterWrite, errorText } from './useDatabase';
import { download } from './download';

/** One JSON file with all user data (not caches); a restore validates the whole file before changing anything. */
export function BackupSection({ db, t }: { db: ListingLintDB; t: Translate }) {
  const stats = useLiveQuery(() => auditCacheStats(db), [db]);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();

  const restore = async (file: File) => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch (error) {
      setStatus({ kind: 'error', text: `${file.name}: ${errorText(error)}` });
      return;
    }
    try {
      const summary = await afterWrite(restoreBackup(db, data));
      setStatus({
        kind: 'ok',
        text: t('backup.restored', {
          summary: Object.entries(summary)
            .map(([table, count]) => `${table} ${count}`)
            .join(', '),
        }),
      });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <div className="buttons" data-testid="backup-section">
      <button
        type="button"
        data-testid="backup-export"
        onClick={() =>
          void exportBackup(db).then((backup) =>
            download(`listinglint-backup-${new Date().toISOString().slice(0, 10)}.json`, backupToJson(backup), 'application/json'),
          )
        }
      >
        {t('backup.export')}
      </button>
      <label>
        {t('backup.restore')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="backup-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void restore(file);
            event.target.value = '';
          }}
        />
      </label>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} data-testid="backup-status" className={status.kind}>
          {status.text}
        </p>
      )}
      {stats && <p>{t('backup.cache', { count: stats.count, kb: Math.round(stats.bytes / 1024) })}</p>}
      <button type="button" onClick={() => void clearCaches(db)}>
        {t('backup.clearCache')}
      </button>
    </div>
  );
}
