/**
 * Bytes of a seller's file → text, with the encoding it was in. Chinese Excel and ERPs write CSV in
 * GBK/GB18030 or UTF-16 ("Unicode text"), tools write UTF-8 with or without a BOM. Order: BOM, then
 * strict UTF-8, then UTF-16 by its NUL pattern, then strict GB18030 checked for plausibility (Big5,
 * Shift-JIS or Latin-1 bytes often decode "validly" as GB18030 into rare characters). Nothing that
 * fits none is returned: the caller gets a FileReadError it can show.
 */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DetectedEncoding {
  encoding: TextEncodingName;
  bom: boolean;
}

export type FileReadErrorCode = 'empty' | 'binary' | 'undecodable' | 'implausible' | 'inconsistent' | 'spreadsheet' | 'sheet' | 'no-header';

/** A file we refuse to read, with a reason the user can act on. `code` selects the UI message. */
export class FileReadError extends Error {
  override name = 'FileReadError';
  constructor(
    readonly code: FileReadErrorCode,
    message: string,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

export function encodingLabel({ encoding, bom }: DetectedEncoding): string {
  const name = { 'utf-8': 'UTF-8', gb18030: 'GB18030/GBK', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' }[encoding];
  return bom ? `${name} (BOM)` : name;
}

const BOMS: { bytes: number[]; encoding: TextEncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  // GB18030's own BOM (U+FEFF encoded as 84 31 95 33), rare but legal.
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
];

export function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  const found = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  return found && { encoding: found.encoding, length: found.bytes.length };
}

function decodes(encoding: TextEncodingName, bytes: Uint8Array, partial: boolean): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream: partial });
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte, on one side only. */
function utf16ByNuls(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, 1 << 16) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i & 1) odd++;
    else even++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.02) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * How Chinese a GB18030 byte sequence looks. `share`: multi-byte characters that are GB2312
 * punctuation (rows A1–A3), GB2312 hanzi (B0–F7) or 4-byte sequences (rare CJK such as Ext B).
 * `pua`: characters in GBK's user-defined areas, which decode to the Private Use Area: never typed
 * by a seller, yet frequent when Big5 (its common rows A4–AF) or Shift-JIS is read as GBK.
 * Real GBK text scores > 0.95 and no PUA; traditional Chinese written as GBK ~0.5; Big5 ~0.25.
 */
export function gbPlausibility(bytes: Uint8Array): { share: number; pua: number; multibyte: number } {
  let common = 0;
  let pua = 0;
  let multibyte = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const trail = bytes[i + 1] ?? 0;
    multibyte++;
    if (trail >= 0x30 && trail <= 0x39) {
      common++;
      i += 3;
      continue;
    }
    if (trail >= 0xa1 && ((lead >= 0xa1 && lead <= 0xa3) || (lead >= 0xb0 && lead <= 0xf7))) common++;
    else if (trail >= 0xa1 ? (lead >= 0xaa && lead <= 0xaf) || lead >= 0xf8 : lead >= 0xa1 && lead <= 0xa7) pua++;
    i++;
  }
  return multibyte === 0 ? { share: 1, pua: 0, multibyte } : { share: common / multibyte, pua: pua / multibyte, multibyte };
}

const MIN_GB_SHARE = 0.35;
const MAX_GB_PUA = 0.02;

/** Control characters that no text file of listings contains (everything below space but tab, LF, CR). */
export function controlShare(text: string): number {
  let bad = 0;
  const n = Math.min(text.length, 1 << 16);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) bad++;
  }
  // A handful (an ESC pasted into a title) is content to escape on output, not a binary file.
  return bad <= 16 ? 0 : bad / n;
}

const MAX_CONTROL_SHARE = 0.001;

/**
 * Picks the encoding of a file from its first bytes (the whole file, or a first chunk with
 * `partial`: a multi-byte character cut at the end is then fine). Throws FileReadError.
 */
export function detectEncoding(sample: Uint8Array, partial = false): DetectedEncoding {
  const bom = bomOf(sample);
  if (bom) {
    if (!decodes(bom.encoding, sample.subarray(bom.length), partial))
      throw new FileReadError(
        'undecodable',
        `the file starts with a ${bom.encoding.toUpperCase()} byte-order mark but is not valid ${bom.encoding.toUpperCase()}`,
        { encoding: bom.encoding },
      );
    return { encoding: bom.encoding, bom: true };
  }
  const utf16 = utf16ByNuls(sample);
  if (utf16) return { encoding: utf16, bom: false };
  if (sample.includes(0)) throw new FileReadError('binary', 'the file contains NUL bytes: it is binary, not a text or CSV file');
  if (decodes('utf-8', sample, partial)) return { encoding: 'utf-8', bom: false };
  if (decodes('gb18030', sample, partial)) {
    const { share, pua, multibyte } = gbPlausibility(sample);
    if (multibyte >= 4 && (share < MIN_GB_SHARE || pua > MAX_GB_PUA))
      throw new FileReadError(
        'implausible',
        `the file is not UTF-8; read as GBK/GB18030 it gives mostly rare characters (${Math.round(share * 100)}% common), so it is probably Big5, Shift-JIS or Latin-1 — save it as UTF-8 CSV and import again`,
        { share: Math.round(share * 100) },
      );
    return { encoding: 'gb18030', bom: false };
  }
  throw new FileReadError(
    'undecodable',
    'the file is neither UTF-8, GBK/GB18030 nor UTF-16 text (is it a spreadsheet saved under the wrong name, or a binary file?) — save it as CSV (UTF-8) and import again',
  );
}

/** Whole-file decode. The text never starts with a BOM. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: DetectedEncoding } {
  if (bytes.length === 0) return { text: '', encoding: { encoding: 'utf-8', bom: false } };
  const encoding = detectEncoding(bytes);
  const decoder = new StreamingTextDecoder(encoding);
  const text = decoder.push(bytes) + decoder.end();
  return { text, encoding };
}

/**
 * Incremental decode after the encoding is known. Any later byte that does not fit the encoding
 * (a file that is GBK in its second half) throws "inconsistent" with the byte offset.
 */
export class StreamingTextDecoder {
  private readonly decoder: TextDecoder;
  private offset = 0;
  private first = true;
  constructor(readonly encoding: DetectedEncoding) {
    this.decoder = new TextDecoder(encoding.encoding, { fatal: true, ignoreBOM: true });
  }
  push(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.first) {
      this.first = false;
      const bom = bomOf(chunk);
      if (bom && this.encoding.bom) bytes = chunk.subarray(bom.length);
    }
    const text = this.decode(bytes, true);
    this.offset += chunk.length;
    if (controlShare(text) > MAX_CONTROL_SHARE)
      throw new FileReadError('binary', `control characters near byte ${this.offset}: this is not a text file in ${encodingLabel(this.encoding)}`, {
        offset: this.offset,
      });
    return text;
  }
  end(): string {
    return this.decode(new Uint8Array(0), false);
  }
  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder.decode(bytes, { stream });
    } catch {
      throw new FileReadError(
        'inconsistent',
        `bytes after offset ${this.offset} are not valid ${encodingLabel(this.encoding)}: the file mixes encodings — save it again as UTF-8 CSV`,
        { offset: this.offset, encoding: encodingLabel(this.encoding) },
      );
    }
  }
}

/**
 * Streaming decode of a file whose encoding is not known yet: the BOM and NUL pattern decide on the
 * first chunk; otherwise ASCII passes through (the same bytes in UTF-8 and GB18030) until the first
 * chunk with a non-ASCII byte, which picks the encoding for the rest of the file.
 */
export class SniffingTextDecoder {
  private decoder: StreamingTextDecoder | undefined;
  private started = false;
  get encoding(): DetectedEncoding {
    return this.decoder?.encoding ?? { encoding: 'utf-8', bom: false };
  }
  push(chunk: Uint8Array): string {
    if (this.decoder) return this.decoder.push(chunk);
    const first = !this.started;
    this.started = true;
    if (first && (bomOf(chunk) || utf16ByNuls(chunk) || chunk.includes(0))) return this.decide(chunk);
    if (chunk.every((b) => b < 0x80)) {
      const text = new TextDecoder('latin1').decode(chunk);
      if (controlShare(text) > MAX_CONTROL_SHARE) throw new FileReadError('binary', 'control characters at the start: this is not a text file');
      return text;
    }
    return this.decide(chunk);
  }
  end(): string {
    return this.decoder?.end() ?? '';
  }
  private decide(chunk: Uint8Array): string {
    this.decoder = new StreamingTextDecoder(detectEncoding(chunk, true));
    return this.decoder.push(chunk);
  }
}
