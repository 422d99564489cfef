import type { KeywordRow } from './rows';

/**
 * Parses the keyword-list CSV that schema v1 stored (`keyword,volume` lines,
 * optional header, quoted fields allowed). Used only by the v1 → v2 upgrade.
 * Blank lines are skipped; a missing or non-numeric volume becomes null.
 */
export function parseLegacyKeywordCsv(csv: string): KeywordRow[] {
  const rows: KeywordRow[] = [];
  const lines = splitCsvRecords(csv.replace(/^\uFEFF/, ''));
  lines.forEach((fields, index) => {
    const keyword = (fields[0] ?? '').trim();
    const volumeText = (fields[1] ?? '').trim().replace(/,/g, '');
    if (keyword === '') return;
    if (index === 0 && /^(keyword|keywords|关键词|关键字)$/i.test(keyword)) return;
    const volume = volumeText === '' ? null : Number(volumeText);
    rows.push({
      keyword: keyword.slice(0, 200),
      volume: volume !== null && Number.isFinite(volume) && volume >= 0 ? volume : null,
    });
  });
  return rows;
}

function splitCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',' || ch === '\t') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push(fields);
  }
  return records;
}
