import { parseArgs } from 'node:util';
import type { Command } from '../command';
import { PLATFORMS } from '../../types';
import { isPlatform } from '../../platforms/rules';
import { suggestTitle, SuggestError } from '../../title/suggest';
import { readKeywordFile } from '../../keywords/file';
import { escapeControl } from '../escape';

const HELP = `usage: listinglint suggest --platform P --keywords FILE --core WORD [--must WORD]… [--limit N] [--json]

Suggest a title that packs the most keyword search volume into the platform's limit, core word first.
Shared words are written once; a keyword counts as covered when all its words are in the title.
  --platform, -p   ${PLATFORMS.join(' | ')}
  --keywords, -k   keyword list: CSV/TSV (UTF-8, GBK/GB18030, UTF-16) or .xlsx/.xls
                   (keyword / 关键词 / 搜索词 + volume / 搜索人气 column)
  --sheet NAME     workbook sheet to read (default: the first with data)
  --core           the core product word, written first
  --must           a word that must appear (brand, model); repeatable
  --limit          a tighter limit than the platform's, in its unit
  --json           print {"title","coveredVolume","missing",…} as JSON
Exit: 0 ok, 2 usage or input error.`;

export const suggestCommand: Command = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      options: {
        platform: { type: 'string', short: 'p' },
        keywords: { type: 'string', short: 'k' },
        sheet: { type: 'string' },
        core: { type: 'string' },
        must: { type: 'string', multiple: true },
        limit: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr.write(`listinglint suggest: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const fail = (message: string): number => {
    io.stderr.write(`listinglint suggest: ${escapeControl(message)}\n`);
    return 2;
  };
  if (values.platform === undefined) return fail('--platform is required');
  if (!isPlatform(values.platform)) return fail(`unknown platform '${values.platform}' (one of ${PLATFORMS.join(', ')})`);
  if (values.keywords === undefined) return fail('--keywords FILE is required');
  if (values.core === undefined || values.core.trim() === '') return fail('--core WORD is required');
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit <= 0) return fail(`--limit must be a positive integer, got '${values.limit}'`);
  }
  const loaded = await readKeywordFile(values.keywords, values.sheet === undefined ? {} : { sheet: values.sheet });
  if ('error' in loaded) return fail(loaded.error);
  if (loaded.rows.length === 0) return fail(`${values.keywords}: ${loaded.errors[0]?.message ?? 'no keywords'}`);
  for (const e of loaded.errors) io.stderr.write(`${values.keywords}:${e.line}: ${escapeControl(e.message)} (row skipped)\n`);

  let suggestion;
  try {
    suggestion = suggestTitle(values.core, loaded.rows, {
      platform: values.platform,
      ...(values.must ? { must: values.must } : {}),
      ...(limit !== undefined ? { limit } : {}),
    });
  } catch (e) {
    if (e instanceof SuggestError) return fail(e.message.replace(/^SuggestError: /, ''));
    throw e;
  }
  if (values.json) {
    io.stdout.write(JSON.stringify(suggestion, null, 2) + '\n');
  } else {
    const { title, coveredVolume, covered, missing, length } = suggestion;
    io.stdout.write(
      [
        title,
        `  length ${length.value}/${length.limit} ${length.unit === 'bytes' ? 'units (CJK = 2)' : 'characters'}   covered volume ${coveredVolume}${suggestion.optimal ? ' (optimal)' : ''}`,
        `  covers: ${covered.join(', ') || '-'}`,
        `  missing: ${missing.map((m) => `${m.keyword}${m.volume !== null ? ` (${m.volume})` : ''}`).join(', ') || '-'}`,
      ].join('\n') + '\n',
    );
  }
  return 0;
};
