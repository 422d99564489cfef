import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { subscriptionNetwork } from '@/components/subscriptionNetwork';
import type { Translate } from '@/lib/i18n';
import {
  acceptChangedIntegrity,
  addSubscription,
  declineChangedIntegrity,
  listSubscriptions,
  refreshSubscription,
  removeSubscription,
  StorageValidationError,
  type ListingLintDB,
} from '@/lib/db';
import { checkDownloadUrl } from '@/lib/security/urlPolicy';

/**
 * Team lexicon subscriptions: add by URL, refresh, remove. Shows the pinned content hash; a
 * download with other content waits here until the user accepts or declines it.
 */
export function SubscriptionsPanel({ db, t, run }: { db: ListingLintDB; t: Translate; run: (write: Promise<unknown>) => void }) {
  const subscriptions = useLiveQuery(() => listSubscriptions(db), [db]) ?? [];
  const [url, setUrl] = useState('');
  const short = (hash: string) => `${hash.slice(0, 16)}…`;

  return (
    <div data-testid="subscriptions">
      <h3>{t('lexicons.subscriptions')}</h3>
      <p className="hint">{t('subscriptions.rules')}</p>
      <form
        className="buttons"
        onSubmit={(event) => {
          event.preventDefault();
          run(
            (async () => {
              // The URL is checked before any host permission is asked for (synchronously: the
              // request needs the click's user activation).
              const verdict = checkDownloadUrl(url, subscriptionNetwork);
              if (!verdict.ok) throw new StorageValidationError('subscription URL', 'url', verdict.reason);
              await browser.permissions.request({ origins: [`${verdict.url.protocol}//${verdict.url.hostname}/*`] }).catch(() => false);
              const added = await addSubscription(db, verdict.url.href, subscriptionNetwork);
              await refreshSubscription(db, added.url, subscriptionNetwork);
              setUrl('');
            })(),
          );
        }}
      >
        <input
          aria-label={t('lexicons.subscribeUrl')}
          data-testid="subscription-url"
          placeholder="https://…/lexicon.json"
          type="url"
          required
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <button type="submit" data-testid="subscription-add">
          {t('lexicons.subscribe')}
        </button>
      </form>
      <ul data-testid="subscription-list">
        {subscriptions.map((sub) => (
          <li key={sub.url} data-testid="subscription">
            <code>{sub.url}</code> {sub.id ?? '—'} {sub.version ? `v${sub.version}` : ''} · {t('lexicons.terms', { count: sub.termCount })}
            {sub.fetchedAt && ` · ${new Date(sub.fetchedAt).toLocaleString()}`}{' '}
            <button type="button" onClick={() => run(refreshSubscription(db, sub.url, subscriptionNetwork))}>
              {t('lexicons.refresh')}
            </button>{' '}
            <button type="button" onClick={() => run(removeSubscription(db, sub.url))}>
              {t('data.delete')}
            </button>
            <br />
            <small data-testid="subscription-pin" title={sub.pinnedIntegrity ?? undefined}>
              {sub.pinnedIntegrity ? t('subscriptions.pinned', { hash: short(sub.pinnedIntegrity) }) : t('subscriptions.notPinned')}
            </small>
            {sub.changedIntegrity ? (
              <p role="alert" className="error" data-testid="subscription-changed" title={sub.changedIntegrity}>
                {t('subscriptions.changed', { hash: short(sub.changedIntegrity) })}{' '}
                <button
                  type="button"
                  data-testid="subscription-accept"
                  onClick={() => run(acceptChangedIntegrity(db, sub.url, sub.changedIntegrity!, subscriptionNetwork))}
                >
                  {t('subscriptions.accept')}
                </button>{' '}
                <button type="button" data-testid="subscription-decline" onClick={() => run(declineChangedIntegrity(db, sub.url))}>
                  {t('subscriptions.decline')}
                </button>
              </p>
            ) : (
              sub.lastError && (
                <span className="error" data-testid="subscription-error">
                  {' '}
                  · {t('lexicons.lastError', { error: sub.lastError })}
                </span>
              )
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
