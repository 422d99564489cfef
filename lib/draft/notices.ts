import type { Locale } from '../i18n';
import { translator } from '../i18n';
import type { DraftNotice } from './index';

/** A notice in the user's words. */
export function describeNotice(notice: DraftNotice, locale: Locale): { kind: DraftNotice['kind']; message: string } {
  const t = translator(locale);
  switch (notice.kind) {
    case 'fallback':
      return { kind: notice.kind, message: t('draft.fallbackNotice', { reason: notice.error.localized(locale) }) };
    case 'partial':
      return { kind: notice.kind, message: t('draft.partialNotice', { got: notice.got, want: notice.want }) };
    case 'too-large':
      return { kind: notice.kind, message: t('draft.tooLargeNotice', { size: notice.maxChars.toLocaleString(locale) }) };
    case 'revision-failed':
      return { kind: notice.kind, message: t('draft.revisionFailedNotice', { reason: notice.error.localized(locale) }) };
  }
}
