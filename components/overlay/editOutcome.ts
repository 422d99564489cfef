import type { Translate } from '@/lib/i18n';
import type { EditResult } from '@/lib/dom/fieldAccess';
import { copyText } from '@/lib/dom/edit/copyText';

/**
 * What the seller is told when a fix did not land: the suggestion goes to the clipboard and the card
 * says so; nothing claims a success the field does not show.
 */
export async function fixFailureNotice(
  result: Exclude<EditResult, { landed: true }>,
  suggestion: string,
  t: Translate,
  container: Node & ParentNode,
): Promise<string> {
  if (result.reason === 'text-moved') return t('card.textChanged');
  const copied = suggestion !== '' && (await copyText(suggestion, container));
  if (result.reason === 'too-long') return copied ? t('edit.tooLongCopied') : t('edit.tooLong');
  if (result.reason === 'field-gone') return copied ? t('edit.fieldGoneCopied') : t('edit.fieldGone');
  const main = suggestion === '' ? t('edit.notLandedDelete') : copied ? t('edit.notLandedCopied') : t('edit.notLandedManual', { text: suggestion });
  return result.restored ? main : `${main} ${t('edit.notRestored')}`;
}

/** The same for a drafted variant inserted into a field. */
export async function insertFailureNotice(
  result: Exclude<EditResult, { landed: true }>,
  text: string,
  t: Translate,
  container: Node & ParentNode,
): Promise<string> {
  if (result.reason === 'text-moved') return t('card.textChanged');
  const copied = await copyText(text, container);
  if (result.reason === 'too-long') return copied ? t('edit.tooLongCopied') : t('edit.tooLong');
  if (result.reason === 'field-gone') return copied ? t('edit.fieldGoneCopied') : t('edit.fieldGone');
  const main = copied ? t('edit.insertNotLandedCopied') : t('edit.notLandedManual', { text });
  return result.restored ? main : `${main} ${t('edit.notRestored')}`;
}
