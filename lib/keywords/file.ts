import { readFile } from 'node:fs/promises';
import { parseKeywordCsv, type KeywordImport } from './csv';

/** Node-only: read a keyword list file. A missing file is an error value, not a throw. */
export async function readKeywordFile(path: string): Promise<KeywordImport | { error: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : 'unreadable';
    return { error: `cannot read keyword file ${path} (${code})` };
  }
  return parseKeywordCsv(text);
}
