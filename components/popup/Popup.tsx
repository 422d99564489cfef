import { useLocale } from '@/components/useLocale';

/** Toolbar popup: status for the current tab and a way into the dashboard. */
export function Popup() {
  const { t } = useLocale();
  return (
    <main className="popup">
      <strong>{t('popup.title')}</strong>
      <span>{t('tagline')}</span>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup.openOptions')}
      </button>
    </main>
  );
}
