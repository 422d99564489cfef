import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, FileReadError, SniffingTextDecoder } from '@/lib/files/decode';
import { readTable } from '@/lib/files/table';
import { CATALOG_HEADER, CATALOG_ROWS, GBK_ROWS, sellerFiles, toCsv } from '../../support/sellerFiles';

const utf8Text = toCsv([CATALOG_HEADER, ...CATALOG_ROWS]);

function refusal(bytes: Uint8Array): FileReadError {
  try {
    decodeText(bytes);
  } catch (error) {
    if (error instanceof FileReadError) return error;
    throw error;
  }
  throw new Error('decoded without complaint');
}

describe('decodeText', () => {
  it.each([
    ['utf8', 'utf-8', false, utf8Text],
    ['utf8Bom', 'utf-8', true, utf8Text],
    ['gbk', 'gb18030', false, toCsv([CATALOG_HEADER, ...GBK_ROWS])],
    ['gb18030', 'gb18030', false, utf8Text],
    ['utf16le', 'utf-16le', true, toCsv([CATALOG_HEADER, ...CATALOG_ROWS], '\t')],
  ] as const)('reads %s as %s (BOM %s) to the exact text', (name, encoding, bom, expected) => {
    const { text, encoding: detected } = decodeText(sellerFiles[name]());
    expect(detected).toEqual({ encoding, bom });
    expect(text).toBe(expected);
  });

  it('keeps GB18030 four-byte characters (CJK Ext B) intact', () => {
    const { text } = decodeText(sellerFiles.gb18030());
    expect(text).toContain('𠮷祥如意');
    expect([...'𠮷'].length).toBe(1);
  });

  it('reads UTF-16BE with a BOM and UTF-16LE without one by its NUL pattern', () => {
    expect(decodeText(iconv.encode('title\tdesc\nabc 保温杯\tx\n', 'utf16-be', { addBOM: true })).encoding.encoding).toBe('utf-16be');
    expect(decodeText(iconv.encode('title\tdesc\nabc cup\tx\n', 'utf16-le')).text).toBe('title\tdesc\nabc cup\tx\n');
  });

  it('refuses random bytes with a clear error', () => {
    const error = refusal(sellerFiles.random());
    expect(['undecodable', 'binary']).toContain(error.code);
    expect(error.message).toMatch(/neither UTF-8|binary/);
  });

  it('refuses Big5 and Shift-JIS rather than returning them as rare GBK characters', () => {
    const big5 = iconv.encode('商品標題,賣點\n全網最好的國家級保溫杯,304不鏽鋼內膽，長效保溫12小時\n第一品牌兒童水杯,食品級材質 無毒無害\n', 'big5');
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(big5)).not.toThrow();
    expect(refusal(big5).code).toBe('implausible');
    const sjis = iconv.encode('商品タイトル,セールスポイント\n最高の保温ボトル、ステンレス製で長時間保温できます\n', 'shift_jis');
    expect(refusal(sjis).code).toBe('implausible');
  });

  it('still reads traditional Chinese that was written as GBK', () => {
    const text = '商品標題,賣點\n全網最好的國家級保溫杯,304不鏽鋼內膽，長效保溫12小時\n';
    expect(decodeText(iconv.encode(text, 'gbk')).text).toBe(text);
  });

  it('refuses Latin-1 bytes, which are neither UTF-8 nor GB18030', () => {
    expect(refusal(iconv.encode('title\nCafé crème, naïve façade\n', 'latin1')).code).toBe('undecodable');
  });

  it('names the byte offset when a file switches encoding mid-way', () => {
    const mixed = Buffer.concat([Buffer.from('标题\n保温杯\n', 'utf8'), iconv.encode('国家级保温杯\n', 'gbk')]);
    expect(refusal(mixed).code).toBe('undecodable');
    const decoder = new SniffingTextDecoder();
    decoder.push(Buffer.from('标题\n保温杯\n', 'utf8'));
    expect(() => decoder.push(iconv.encode('国家级保温杯\n', 'gbk'))).toThrow(/after offset 17/);
  });

  it('streams: ASCII first, the encoding picked by the first non-ASCII chunk, characters split across chunks', () => {
    const bytes = Buffer.concat([Buffer.from('id,title\n'.repeat(100)), iconv.encode('1,国家级保温杯\n'.repeat(50), 'gbk')]);
    const decoder = new SniffingTextDecoder();
    let text = '';
    for (let i = 0; i < bytes.length; i += 7) text += decoder.push(bytes.subarray(i, i + 7));
    text += decoder.end();
    expect(decoder.encoding.encoding).toBe('gb18030');
    expect(text).toBe('id,title\n'.repeat(100) + '1,国家级保温杯\n'.repeat(50));
  });

  it('detects on a partial first chunk that ends inside a character', () => {
    const bytes = Buffer.from('标题\n保温杯', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1), true).encoding).toBe('utf-8');
  });
});

describe('readTable', () => {
  it('gives the same rows for every text encoding and the tab-separated UTF-16 export', async () => {
    const expected = [CATALOG_HEADER, ...CATALOG_ROWS];
    for (const name of ['utf8', 'utf8Bom', 'gb18030', 'utf16le'] as const) {
      const table = await readTable(sellerFiles[name](), `catalog-${name}.csv`);
      expect(
        table.rows.map((r) => r.cells),
        name,
      ).toEqual(expected);
    }
    expect((await readTable(sellerFiles.utf16le())).source).toMatchObject({ kind: 'text', delimiter: '\t' });
  });

  it('reads the first sheet with data of an .xlsx and an .xls, with row numbers of the sheet', async () => {
    for (const name of ['xlsx', 'xls'] as const) {
      const table = await readTable(sellerFiles[name](), `catalog.${name}`);
      expect(table.source).toEqual({ kind: 'sheet', format: name, sheets: ['商品列表', '说明'], sheet: '商品列表' });
      expect(table.rows[0]).toEqual({ line: 1, cells: ['统计日期：2026-11-01~2026-11-30', '', ''] });
      expect(table.rows.slice(2).map((r) => r.cells)).toEqual([CATALOG_HEADER, ...CATALOG_ROWS]);
      expect(table.rows[2]?.line).toBe(4);
      const second = await readTable(sellerFiles[name](), `catalog.${name}`, { sheet: '说明' });
      expect(second.rows.map((r) => r.cells)).toEqual([['说明'], ['第二个工作表：不是商品数据']]);
    }
  });

  it('refuses an unknown sheet naming the sheets there are', async () => {
    await expect(readTable(sellerFiles.xlsx(), 'c.xlsx', { sheet: 'Sheet9' })).rejects.toThrow('no sheet "Sheet9"; sheets: "商品列表", "说明"');
  });
});
