import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { UsageError, type Command, type CliIO } from '../command';
import { sharedSettings, SHARED_OPTIONS, type SharedSettings } from './check';
import { escapeControl } from '../escape';
import { FileReadError, encodingLabel } from '../../files/decode';
import type { TableRow } from '../../files/delimited';
import { headerNames } from '../../files/header';
import { readRecords } from '../../files/records';
import type { TableSource } from '../../files/table';
import { guardFormula } from '../../report/csv';

const HELP = `usage: listinglint check-csv FILE --column NAME [--column NAME…] [options]

Check columns of a catalog: CSV/TSV in UTF-8 (with or without BOM), GBK/GB18030 or UTF-16
(encoding detected, delimiter detected), or an .xlsx/.xls workbook; '-' reads stdin.
Metadata rows above the header are skipped: the header is the first row holding every --column.
Writes a report CSV: row, column, ruleId, severity, match, start, end, message, basis, suggestion.
'row' is the record number in the file (the first line is 1) or the sheet's row number.
Cells that a spreadsheet would run as formulas (= + - @) are prefixed with ' in the report.

options:
  --column NAME      column to check (repeatable, required)
  --sheet NAME       workbook sheet to read (default: the first with data)
  --out FILE         write the report there instead of stdout
  --progress-every N progress line on stderr every N rows (default 5000)
  --platform P, --field F, --locale zh-CN|en, --lexicon FILE, --no-shipped, --allow TEXT  as in 'check'

exit codes: 0 no errors, 1 findings of error severity, 2 usage or input error (unreadable file,
missing column, or rows whose number of fields differs from the header: listed on stderr, still checked)`;

const REPORT_COLUMNS = ['row', 'column', 'ruleId', 'severity', 'match', 'start', 'end', 'message', 'basis', 'suggestion'] as const;
const HEADER_SCAN_ROWS = 30;
const SHOWN_PROBLEMS = 10;

function fail(io: CliIO, message: string): number {
  io.stderr.write(`listinglint check-csv: ${escapeControl(message)}\n`);
  return 2;
}

function describeSource(source: TableSource | undefined): string {
  if (!source) return '';
  if (source.kind === 'sheet') return `${source.format} sheet "${source.sheet}"`;
  return `${encodingLabel(source.encoding)}, ${source.delimiter === '\t' ? 'tab' : `'${source.delimiter}'`}-separated`;
}

/** Buffered writes with backpressure, so the report never piles up in memory. */
function reportWriter(out: NodeJS.WritableStream) {
  let buffer = '';
  return {
    async write(text: string) {
      buffer += text;
      if (buffer.length < 1 << 16) return;
      const full = buffer;
      buffer = '';
      if (!out.write(full)) await once(out, 'drain');
    },
    async flush() {
      if (buffer && !out.write(buffer)) await once(out, 'drain');
      buffer = '';
    },
  };
}

export const checkCsvCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...SHARED_OPTIONS,
        column: { type: 'string', multiple: true },
        sheet: { type: 'string' },
        out: { type: 'string' },
        'progress-every': { type: 'string' },
      },
    });
  } catch (e) {
    return fail(io, e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) return fail(io, 'missing FILE (a CSV/TSV/XLSX path, or - for stdin)');
  if (extra.length > 0) return fail(io, `expected one FILE, got ${positionals.length}`);
  const columns = values.column ?? [];
  if (columns.length === 0) return fail(io, 'missing --column NAME (which columns to check)');
  const progressEvery = values['progress-every'] === undefined ? 5000 : Number(values['progress-every']);
  if (!Number.isInteger(progressEvery) || progressEvery < 1) return fail(io, `--progress-every must be a positive integer (got '${values['progress-every']}')`);

  let settings: SharedSettings;
  try {
    settings = await sharedSettings(values, io, 'check-csv');
  } catch (e) {
    return fail(io, e instanceof UsageError ? e.message : e instanceof Error ? e.toString() : String(e));
  }

  const input = file === '-' ? io.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  const stream = readRecords(input as AsyncIterable<Uint8Array | string>, file, values.sheet === undefined ? {} : { sheet: values.sheet });
  const outStream = values.out ? createWriteStream(values.out) : io.stdout;
  const writer = reportWriter(outStream);
  const context = { platform: settings.platform, field: settings.field, locale: settings.locale };
  const deleteLabel = settings.locale === 'en' ? '(delete)' : '（删除）';

  const pending: TableRow[] = [];
  let header: string[] | undefined;
  let indexes: number[] = [];
  let checked = 0;
  let findings = 0;
  let errors = 0;
  const ragged: string[] = [];

  const checkRow = async ({ line, cells }: TableRow) => {
    if (!header) return;
    if (cells.length !== header.length) ragged.push(`row ${line}: ${cells.length} fields, the header has ${header.length}`);
    checked++;
    for (const [i, column] of columns.entries()) {
      const text = cells[indexes[i] ?? -1] ?? '';
      for (const f of settings.checker.check(text, context)) {
        findings++;
        if (f.severity === 'error') errors++;
        const suggestion = f.suggestions.map((x) => (x === '' ? deleteLabel : x)).join(' / ');
        const cellsOut = [String(line), column, f.ruleId, f.severity, f.match, String(f.start), String(f.end), f.message, f.basis ?? '', suggestion];
        await writer.write(Papa.unparse([cellsOut.map(guardFormula)], { newline: '\n' }) + '\n');
      }
    }
    if (checked % progressEvery === 0) io.stderr.write(`check-csv: ${checked} rows checked, ${findings} findings\n`);
  };
  const takeHeader = (row: TableRow) => {
    header = headerNames(row.cells);
    indexes = columns.map((c) => header?.indexOf(c) ?? -1);
  };

  try {
    await writer.write(REPORT_COLUMNS.join(',') + '\n');
    for await (const row of stream.records) {
      if (header) {
        await checkRow(row);
        continue;
      }
      pending.push(row);
      if (columns.every((c) => headerNames(row.cells).includes(c))) {
        takeHeader(row);
        for (const later of pending.splice(0).slice(1)) await checkRow(later);
      } else if (pending.length >= HEADER_SCAN_ROWS) break;
    }
  } catch (e) {
    if (e instanceof FileReadError) return fail(io, `${file}: ${e.message}`);
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('E')) return fail(io, `cannot read ${file}: ${e.message}`);
    throw e;
  }
  if (!header) {
    if (pending.length === 0) return fail(io, `${file} is empty: expected a header row with columns ${columns.map((c) => `"${c}"`).join(', ')}`);
    const first = headerNames(pending[0]?.cells ?? []);
    const absent = columns.find((c) => !first.includes(c)) ?? columns[0];
    return fail(
      io,
      `column "${absent}" not found in the first ${pending.length} rows; columns of row ${pending[0]?.line}: ${first.map((h) => `"${h}"`).join(', ')}`,
    );
  }
  await writer.flush();
  if (values.out) {
    outStream.end();
    try {
      await once(outStream, 'finish');
    } catch (e) {
      return fail(io, `cannot write ${values.out}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const message of ragged.slice(0, SHOWN_PROBLEMS)) io.stderr.write(`check-csv: ragged ${message}\n`);
  if (ragged.length > SHOWN_PROBLEMS) io.stderr.write(`check-csv: ${ragged.length - SHOWN_PROBLEMS} more ragged rows\n`);
  io.stderr.write(
    `check-csv: ${checked} rows (${describeSource(stream.source())}), ${findings} findings (${errors} errors)${ragged.length ? `, ${ragged.length} ragged rows` : ''}\n`,
  );
  if (errors > 0) return 1;
  return ragged.length > 0 ? 2 : 0;
};
