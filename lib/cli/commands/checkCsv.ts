import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { UsageError, type Command, type CliIO } from '../command';
import { sharedSettings, SHARED_OPTIONS, type SharedSettings } from './check';

const HELP = `usage: listinglint check-csv FILE --column NAME [--column NAME…] [options]

Check columns of a catalog CSV (quoted fields, BOM and CRLF are fine; '-' reads stdin).
Writes a report CSV: row, column, ruleId, severity, match, start, end, message, basis, suggestion.
'row' is the spreadsheet row number: the header is row 1.

options:
  --column NAME      column to check (repeatable, required)
  --out FILE         write the report there instead of stdout
  --progress-every N progress line on stderr every N rows (default 5000)
  --platform P, --field F, --locale zh-CN|en, --lexicon FILE, --no-shipped, --allow TEXT  as in 'check'

exit codes: 0 no errors, 1 findings of error severity, 2 usage or input error`;

const REPORT_COLUMNS = ['row', 'column', 'ruleId', 'severity', 'match', 'start', 'end', 'message', 'basis', 'suggestion'] as const;
type ReportRow = Record<(typeof REPORT_COLUMNS)[number], string | number>;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function fail(io: CliIO, message: string): number {
  io.stderr.write(`listinglint check-csv: ${message}\n`);
  return 2;
}

export const checkCsvCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { ...SHARED_OPTIONS, column: { type: 'string', multiple: true }, out: { type: 'string' }, 'progress-every': { type: 'string' } },
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
  if (!file) return fail(io, 'missing FILE (a CSV path, or - for stdin)');
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
  let csv: string;
  try {
    csv = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (e) {
    return fail(io, `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  csv = csv.replace(/^\uFEFF/, '');

  const report: ReportRow[] = [];
  let header: string[] | undefined;
  let indexes: number[] = [];
  let missing: string | undefined;
  let record = 0;
  let checked = 0;
  let errors = 0;
  const parseErrors: string[] = [];
  Papa.parse<string[]>(csv, {
    header: false,
    skipEmptyLines: false,
    step(result, parser) {
      record++;
      for (const error of result.errors) parseErrors.push(`row ${record}: ${error.message}`);
      const fields = result.data;
      if (!header) {
        header = fields.map((h) => h.trim());
        indexes = columns.map((c) => header?.indexOf(c) ?? -1);
        const absent = columns.find((_, i) => indexes[i] === -1);
        if (absent !== undefined) {
          missing = `column "${absent}" not found; available columns: ${header.map((h) => `"${h}"`).join(', ')}`;
          parser.abort();
        }
        return;
      }
      if (fields.length === 1 && fields[0] === '') return; // blank line
      checked++;
      columns.forEach((column, i) => {
        const text = fields[indexes[i] ?? -1] ?? '';
        for (const f of settings.checker.check(text, { platform: settings.platform, field: settings.field, locale: settings.locale })) {
          if (f.severity === 'error') errors++;
          report.push({
            row: record,
            column,
            ruleId: f.ruleId,
            severity: f.severity,
            match: f.match,
            start: f.start,
            end: f.end,
            message: f.message,
            basis: f.basis ?? '',
            suggestion: f.suggestions.map((x) => (x === '' ? (settings.locale === 'en' ? '(delete)' : '（删除）') : x)).join(' / '),
          });
        }
      });
      if (checked % progressEvery === 0) io.stderr.write(`check-csv: ${checked} rows checked, ${report.length} findings\n`);
    },
  });
  if (!header) return fail(io, `${file} is empty: expected a header row with columns ${columns.map((c) => `"${c}"`).join(', ')}`);
  if (missing) return fail(io, missing);
  for (const message of parseErrors.slice(0, 5)) io.stderr.write(`check-csv: warning: ${message}\n`);
  if (parseErrors.length > 5) io.stderr.write(`check-csv: warning: ${parseErrors.length - 5} more CSV problems\n`);

  const out = Papa.unparse({ fields: [...REPORT_COLUMNS], data: report.map((r) => REPORT_COLUMNS.map((c) => r[c])) }, { newline: '\n' }) + '\n';
  if (values.out) {
    try {
      await writeFile(values.out, out, 'utf8');
    } catch (e) {
      return fail(io, `cannot write ${values.out}: ${e instanceof Error ? e.message : String(e)}`);
    }
  } else io.stdout.write(out);
  io.stderr.write(`check-csv: ${checked} rows, ${report.length} findings (${errors} errors)\n`);
  return errors > 0 ? 1 : 0;
};
