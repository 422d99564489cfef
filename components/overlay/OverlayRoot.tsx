import { useEffect, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import { countEditableFields } from '@/lib/dom/editableFields';

/** The in-page UI, rendered inside the content script's shadow root. */
export function OverlayRoot() {
  const { t } = useLocale();
  const [fieldCount, setFieldCount] = useState(() => countEditableFields(document));

  useEffect(() => {
    const observer = new MutationObserver(() => setFieldCount(countEditableFields(document)));
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    void browser.runtime.sendMessage({ type: 'contentReady', url: location.href, fieldCount }).catch(() => undefined);
  }, [fieldCount]);

  return (
    <div className="ll-badge" data-testid="ll-badge" role="status">
      <strong>{t('overlay.badge')}</strong>
      <span>{t('overlay.ready')}</span>
      <span data-testid="ll-field-count">{t('overlay.fieldsFound', { count: fieldCount })}</span>
    </div>
  );
}
