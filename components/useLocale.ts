import { useEffect, useMemo, useState } from 'react';
import { resolveLocale, translator, type Locale, type LocalePreference, type Translate } from '@/lib/i18n';
import { localePreference } from '@/components/settingsStorage';

/** The UI locale from the saved preference, following changes made on any extension page. */
export function useLocale(): { locale: Locale; preference: LocalePreference; t: Translate; setPreference: (p: LocalePreference) => Promise<void> } {
  const [preference, setPreferenceState] = useState<LocalePreference>('auto');
  useEffect(() => {
    void localePreference.getValue().then(setPreferenceState);
    return localePreference.watch((value) => setPreferenceState(value ?? 'auto'));
  }, []);
  const locale = resolveLocale(preference, navigator.languages);
  const t = useMemo(() => translator(locale), [locale]);
  return { locale, preference, t, setPreference: (p) => localePreference.setValue(p) };
}
