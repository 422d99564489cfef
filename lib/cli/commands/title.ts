import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Command, CliIO } from '../command';
import { PLATFORMS, type Platform } from '../../types';
import { isPlatform } from '../../platforms/rules';
import { auditTitle, TitleAuditError, type TitleReport } from '../../title/audit';
import { prepareKeywords, type PreparedKeywords } from '../../title/keywordSet';
import { keywordRowSchema } from '../../keywords/csv';
import { readKeywordFile } from '../../keywords/file';
import { escapeControl } from '../escape';

const HELP = `usage: listinglint title --platform P [--keywords FILE] [--core WORD] [--limit N] [--json] TITLE…
       listinglint title --jsonl [--platform P] [--keywords FILE] < titles.jsonl

Audit a listing title: length in the platform's unit, banned characters and terms, repeated and
wasted words, keyword coverage against a keyword list (CSV/TSV from 生意参谋, Helium 10, …).
  --platform, -p   ${PLATFORMS.join(' | ')}
  --keywords, -k   keyword list: CSV/TSV (UTF-8, GBK/GB18030, UTF-16) or .xlsx/.xls
                   (keyword / 关键词 / 搜索词 + optional volume / 搜索人气 column)
  --sheet NAME     workbook sheet to read (default: the first with data)
  --core           core word that should lead the title (default: highest-volume keyword)
  --limit          override the platform's title limit, in its unit
  --json           print the report as JSON
  --jsonl          read {"id","title","platform","keywords"?} lines from stdin, write {"id","report"} lines
Exit: 0 ok, 1 error-severity findings, 2 usage or input error.`;

const lineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    title: z.string(),
    platform: z.enum(PLATFORMS).optional(),
    keywords: z.array(keywordRowSchema.partial({ volume: true })).optional(),
    core: z.string().optional(),
  })
  .strict();

export async function loadKeywords(path: string | undefined, io: CliIO, sheet?: string): Promise<PreparedKeywords | undefined | string> {
  if (path === undefined) return sheet === undefined ? undefined : '--sheet needs --keywords FILE';
  const loaded = await readKeywordFile(path, sheet === undefined ? {} : { sheet });
  if ('error' in loaded) return loaded.error;
  if (loaded.rows.length === 0) return `${path}: ${loaded.errors[0]?.message ?? 'no keywords'}`;
  for (const e of loaded.errors) io.stderr.write(`${path}:${e.line}: ${escapeControl(e.message)} (row skipped)\n`);
  return prepareKeywords(loaded.rows);
}

function hasErrors(report: TitleReport): boolean {
  return report.findings.some((f) => f.severity === 'error');
}

export function formatReport(title: string, report: TitleReport): string {
  const { length, keywords } = report;
  const lines = [
    `${title}`,
    `  length ${length.value}/${length.limit} ${length.unit === 'bytes' ? 'units (CJK = 2)' : 'characters'}${length.over ? '  OVER' : ''}   score ${report.score}/100`,
  ];
  for (const f of report.findings) {
    const where = f.start === f.end ? `@${f.start}` : `${f.start}-${f.end} "${f.match}"`;
    lines.push(`  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(18)} ${where}  ${f.message}`);
  }
  if (keywords.used.length + keywords.missing.length > 0) {
    lines.push(`  keywords covered ${Math.round(keywords.coverage * 100)}% of volume: ${keywords.used.map((u) => u.keyword).join(', ') || '-'}`);
    lines.push(
      `  missing by volume: ${
        keywords.missing
          .slice(0, 10)
          .map((m) => `${m.keyword}${m.volume !== null ? ` (${m.volume})` : ''}`)
          .join(', ') || '-'
      }`,
    );
  }
  for (const p of report.scoreParts) lines.push(`  ${p.id.padEnd(14)} ${String(p.points).padStart(3)}/${p.max}  ${p.reason.en}`);
  return lines.map(escapeControl).join('\n') + '\n';
}

async function runJsonl(
  io: CliIO,
  platform: Platform | undefined,
  keywords: PreparedKeywords | undefined,
  core: string | undefined,
  overrides: { limit: number } | undefined,
): Promise<number> {
  let bad = false;
  let errors = false;
  const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    if (raw.trim() === '') continue;
    let id: unknown = null;
    try {
      const json: unknown = JSON.parse(raw);
      if (json && typeof json === 'object' && 'id' in json) id = json.id;
      const parsed = lineSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`line ${lineNo}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
      }
      const p = parsed.data.platform ?? platform;
      if (!p) throw new Error(`line ${lineNo}: no platform (give "platform" or --platform)`);
      const report = auditTitle(parsed.data.title, {
        platform: p,
        ...(parsed.data.keywords ? { keywords: parsed.data.keywords } : keywords ? { keywords } : {}),
        ...((parsed.data.core ?? core) !== undefined ? { core: parsed.data.core ?? core } : {}),
        ...(overrides ? { overrides } : {}),
      });
      errors ||= hasErrors(report);
      io.stdout.write(JSON.stringify({ id: parsed.data.id, report }) + '\n');
    } catch (e) {
      bad = true;
      const message = e instanceof SyntaxError ? `line ${lineNo}: not JSON (${e.message})` : e instanceof Error ? e.message : String(e);
      io.stdout.write(JSON.stringify({ id, error: message }) + '\n');
    }
  }
  return bad ? 2 : errors ? 1 : 0;
}

export const titleCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        platform: { type: 'string', short: 'p' },
        keywords: { type: 'string', short: 'k' },
        sheet: { type: 'string' },
        core: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr.write(`listinglint title: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  let platform: Platform | undefined;
  if (values.platform !== undefined) {
    if (!isPlatform(values.platform)) {
      io.stderr.write(`listinglint title: unknown platform '${values.platform}' (one of ${PLATFORMS.join(', ')})\n`);
      return 2;
    }
    platform = values.platform;
  }
  let overrides: { limit: number } | undefined;
  if (values.limit !== undefined) {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit <= 0) {
      io.stderr.write(`listinglint title: --limit must be a positive integer, got '${values.limit}'\n`);
      return 2;
    }
    overrides = { limit };
  }
  const keywords = await loadKeywords(values.keywords, io, values.sheet);
  if (typeof keywords === 'string') {
    io.stderr.write(`listinglint title: ${escapeControl(keywords)}\n`);
    return 2;
  }
  if (values.jsonl) return runJsonl(io, platform, keywords, values.core, overrides);
  if (!platform) {
    io.stderr.write('listinglint title: --platform is required\n');
    return 2;
  }
  const title = positionals.join(' ');
  if (title.trim() === '') {
    io.stderr.write('listinglint title: no title given\n');
    return 2;
  }
  let report: TitleReport;
  try {
    report = auditTitle(title, {
      platform,
      ...(keywords ? { keywords } : {}),
      ...(values.core !== undefined ? { core: values.core } : {}),
      ...(overrides ? { overrides } : {}),
    });
  } catch (e) {
    if (e instanceof TitleAuditError) {
      io.stderr.write(`listinglint title: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  io.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(title, report));
  return hasErrors(report) ? 1 : 0;
};
