import { z } from 'zod';

/**
 * Errors of the storage layer. Each one carries a message a seller can read
 * (zh-CN first, then English) and the machine-readable fields a UI needs.
 */

/** Formats a zod issue path the way a person reads it: `data.reviews[3].decision`. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

interface IssueLike {
  code?: string;
  path: PropertyKey[];
  message: string;
  errors?: IssueLike[][];
}

/**
 * The most specific issue: a failed union (e.g. a JSON value) reports only
 * "Invalid input" at its own path, so descend into the branch that got deepest.
 */
function mostSpecific(issue: IssueLike): IssueLike {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue;
  let best: IssueLike | undefined;
  for (const branch of issue.errors) {
    const first = branch[0];
    if (!first) continue;
    const inner = mostSpecific(first);
    if (!best || inner.path.length > best.path.length) best = inner;
  }
  return best && best.path.length > 0 ? { ...best, path: [...issue.path, ...best.path] } : issue;
}

/** First zod issue as `path: message`. */
export function describeZodError(error: z.core.$ZodError, root = ''): { path: string; detail: string } {
  const first = error.issues[0] as IssueLike | undefined;
  const issue = first ? mostSpecific(first) : undefined;
  return { path: formatPath(issue?.path ?? [], root), detail: issue?.message ?? 'invalid value' };
}

/** A value was refused on its way into storage; nothing was written. */
export class StorageValidationError extends Error {
  readonly path: string;
  readonly detail: string;
  constructor(what: string, path: string, detail: string) {
    super(`${what} 无效 / invalid ${what}: ${path}: ${detail}`);
    this.name = 'StorageValidationError';
    this.path = path;
    this.detail = detail;
  }
}

/** Parses `value` with `schema` or throws a StorageValidationError naming the first bad path. */
export function parseOrThrow<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const { path, detail } = describeZodError(result.error);
  throw new StorageValidationError(what, path, detail);
}

/** Saving failed for lack of space even after every cache was cleared. User data is untouched. */
export class StorageFullError extends Error {
  readonly messageZh = '浏览器存储空间已满：已清空缓存，仍无法保存。请先导出备份，再删除不需要的草稿或关键词表，或释放磁盘空间。';
  readonly messageEn =
    'Browser storage is full: saving failed even after clearing the caches. Export a backup, then delete drafts or keyword lists you no longer need, or free disk space.';
  constructor(options?: { cause?: unknown }) {
    super('', options);
    this.name = 'StorageFullError';
    this.message = `${this.messageZh} / ${this.messageEn}`;
  }
}

/** The database on disk was written by a newer ListingLint; this code must not touch it. */
export class DatabaseTooNewError extends Error {
  readonly foundVersion: number;
  readonly supportedVersion: number;
  constructor(foundVersion: number, supportedVersion: number) {
    super(
      `本地数据库版本 ${foundVersion} 高于此版本 ListingLint 支持的 ${supportedVersion}，请更新扩展。` +
        ` / The local database is at version ${foundVersion}, newer than the ${supportedVersion} this ListingLint supports; update the extension.`,
    );
    this.name = 'DatabaseTooNewError';
    this.foundVersion = foundVersion;
    this.supportedVersion = supportedVersion;
  }
}

/** A backup file was refused before anything was written. `path` points into the file. */
export class BackupError extends Error {
  readonly path: string;
  readonly detail: string;
  constructor(path: string, detail: string) {
    super(`备份文件无效，未做任何更改 / Backup refused, nothing was changed: ${path}: ${detail}`);
    this.name = 'BackupError';
    this.path = path;
    this.detail = detail;
  }
}
