import { constants, createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError, type Command, type CliIO } from '../command';
import { PLATFORMS, type Finding, type Platform } from '../../types';
import { FIELD_ROLES, type FieldRole, type Lexicon } from '../../lexicon/schema';
import { parseLexiconFile } from '../../lexicon/file';
import { isShippedLexicon, loadShippedLexicons } from '../../lexicon/shipped';
import { shippedPatterns } from '../../compliance/patterns/shipped';
import { PRODUCT_CATEGORIES, type ProductCategory } from '../../compliance/productCategory';
import { compileChecker, type ComplianceChecker } from '../../compliance/checker';
import { formatFindings } from '../../compliance/report';
import type { ComplianceLocale } from '../../compliance/rules';

const HELP = `usage: listinglint check [options] [FILE|-]

Check ad copy for banned and restricted terms (PRC Advertising Law, platform rules).
Reads FILE, or stdin when FILE is '-' or missing.

options:
  --platform P     taobao|tmall|jd|pdd|douyin|amazon|shopify|generic (default: terms of every platform)
  --field F        title|bullet|description|ad-copy|search-terms (default: terms of every field)
  --category C     product category: general|food|health-food|cosmetics|special-cosmetics|
                   medical-device|drug|apparel|electronics|mother-baby|pet (default general);
                   selects rules and messages (美白 is allowed for special-cosmetics, a disease
                   name alone is a claim for food and health-food…)
  --locale L       zh-CN|en, language of messages (default zh-CN)
  --json           print {"findings":[…]}
  --jsonl          read lines {"id":…,"text":…[,"platform":…,"field":…,"category":…]}, write {"id":…,"findings":[…]} per line
  --lexicon FILE   also use this lexicon: JSON, or a table (CSV/TSV in UTF-8, GBK/GB18030 or
                   UTF-16, .xlsx/.xls) with columns text, category, severity, basis,
                   suggestions… (repeatable)
  --no-shipped     do not use the shipped lexicons
  --allow TEXT     never report a hit inside TEXT (repeatable)

exit codes: 0 no errors, 1 findings of error severity, 2 usage or input error`;

/** Options shared by `check` and `check-csv`. */
export const SHARED_OPTIONS = {
  platform: { type: 'string' },
  field: { type: 'string' },
  category: { type: 'string' },
  locale: { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  'no-shipped': { type: 'boolean' },
  allow: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface SharedSettings {
  platform?: Platform;
  field?: FieldRole;
  category?: ProductCategory;
  locale: ComplianceLocale;
  checker: ComplianceChecker;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join('|')} (got '${value}')`);
}

/** Validate the shared options and compile the checker; bad values throw a UsageError with one line. */
export async function sharedSettings(
  values: { platform?: string; field?: string; category?: string; locale?: string; lexicon?: string[]; 'no-shipped'?: boolean; allow?: string[] },
  io: CliIO,
  command: string,
): Promise<SharedSettings> {
  const platform = oneOf('platform', values.platform, PLATFORMS);
  const field = oneOf('field', values.field, FIELD_ROLES);
  const category = oneOf('category', values.category, PRODUCT_CATEGORIES);
  const locale = oneOf('locale', values.locale, ['zh-CN', 'en'] as const) ?? 'zh-CN';
  const lexicons: Lexicon[] = [];
  if (!values['no-shipped']) {
    const shipped = loadShippedLexicons();
    for (const error of shipped.errors) io.stderr.write(`listinglint ${command}: warning: shipped ${error.toString()}\n`);
    lexicons.push(...shipped.lexicons);
  }
  for (const file of values.lexicon ?? []) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (e) {
      throw new UsageError(`cannot read lexicon ${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    // JSON, CSV/TSV in any encoding, or a workbook (its first sheet with data): the one file reader.
    const parsed = await parseLexiconFile(bytes, file);
    if (!parsed.ok) throw new UsageError(parsed.error.toString());
    lexicons.push(parsed.lexicon);
  }
  // Pattern rules come with the shipped lexicons; user lexicons' exception patterns run in RE2JS.
  const patterns = values['no-shipped'] ? [] : shippedPatterns();
  return { platform, field, category, locale, checker: compileChecker({ lexicons, allow: values.allow ?? [], patterns, trusted: isShippedLexicon }) };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const jsonlLine = z.object({
  id: z.union([z.string(), z.number()]).nullable().optional(),
  text: z.string(),
  platform: z.enum(PLATFORMS).optional(),
  field: z.enum(FIELD_ROLES).optional(),
  category: z.enum(PRODUCT_CATEGORIES).optional(),
});

function describeLineError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  const field = issue.path.map(String).join('.') || 'line';
  if (issue.code === 'invalid_type') return `field "${field}" must be ${issue.expected === 'object' ? 'a JSON object' : `a ${issue.expected}`}`;
  if (issue.code === 'invalid_value') return `field "${field}" must be ${issue.values.map(String).join('|')}`;
  return `field "${field}": ${issue.message}`;
}

async function runJsonl(input: NodeJS.ReadableStream, settings: SharedSettings, io: CliIO): Promise<number> {
  let errors = false;
  let badLines = false;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      badLines = true;
      io.stdout.write(JSON.stringify({ id: null, error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` }) + '\n');
      continue;
    }
    const parsed = jsonlLine.safeParse(data);
    if (!parsed.success) {
      badLines = true;
      const rawId = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).id : undefined;
      const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
      io.stdout.write(JSON.stringify({ id, error: describeLineError(parsed.error) }) + '\n');
      continue;
    }
    const { id = null, text, platform = settings.platform, field = settings.field, category = settings.category } = parsed.data;
    const findings = settings.checker.check(text, { platform, field, category, locale: settings.locale });
    if (findings.some((f) => f.severity === 'error')) errors = true;
    io.stdout.write(JSON.stringify({ id, findings }) + '\n');
  }
  return badLines ? 2 : errors ? 1 : 0;
}

export const checkCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { ...SHARED_OPTIONS, json: { type: 'boolean' }, jsonl: { type: 'boolean' } } });
  } catch (e) {
    io.stderr.write(`listinglint check: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  if (positionals.length > 1) {
    io.stderr.write(`listinglint check: expected at most one FILE, got ${positionals.length}\n`);
    return 2;
  }
  if (values.json && values.jsonl) {
    io.stderr.write('listinglint check: use either --json or --jsonl, not both\n');
    return 2;
  }
  const file = positionals[0] ?? '-';
  let settings: SharedSettings;
  try {
    settings = await sharedSettings(values, io, 'check');
  } catch (e) {
    io.stderr.write(`listinglint check: ${e instanceof Error ? (e instanceof UsageError ? e.message : e.toString()) : String(e)}\n`);
    return 2;
  }

  if (values.jsonl) {
    if (file === '-') return runJsonl(io.stdin, settings, io);
    try {
      await access(file, constants.R_OK);
    } catch (e) {
      io.stderr.write(`listinglint check: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
    const stream = createReadStream(file);
    return runJsonl(stream, settings, io);
  }

  let text: string;
  try {
    text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (e) {
    io.stderr.write(`listinglint check: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const findings: Finding[] = settings.checker.check(text, {
    platform: settings.platform,
    field: settings.field,
    category: settings.category,
    locale: settings.locale,
  });
  if (values.json) io.stdout.write(JSON.stringify({ findings }) + '\n');
  else io.stdout.write(formatFindings(text, findings, { file: file === '-' ? '<stdin>' : file, locale: settings.locale }));
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
};
