import type { Translate } from '@/lib/i18n';
import { encodingLabel, FileReadError } from '@/lib/files/decode';
import type { FileTable, TableSource } from '@/lib/files/table';

/** The lazy reader: SheetJS comes with it, so the dashboard's first paint does not carry it. */
export async function readFileTable(bytes: Uint8Array, name: string, sheet?: string): Promise<FileTable> {
  const { readTable } = await import('@/lib/files/table');
  return readTable(bytes, name, sheet === undefined ? {} : { sheet });
}

export function describeSource(source: TableSource, t: Translate): string {
  if (source.kind === 'sheet') return t('files.sheetSource', { format: source.format.toUpperCase(), sheet: source.sheet });
  return t('files.encoding', { encoding: encodingLabel(source.encoding), delimiter: source.delimiter === '\t' ? t('files.tab') : source.delimiter });
}

/** A FileReadError in the user's language, ending with "nothing was imported". */
export function fileErrorText(error: unknown, t: Translate): string {
  if (!(error instanceof FileReadError)) return error instanceof Error ? error.message : String(error);
  const params = { ...error.detail, message: error.message };
  return `${t(`files.error.${error.code}`, params)} ${t('files.nothingImported')}`;
}
