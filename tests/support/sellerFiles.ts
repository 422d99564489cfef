import iconv from 'iconv-lite';
import * as XLSX from '@e965/xlsx';

/**
 * Seller files made the way Chinese Excel, 生意参谋 and ERPs write them, from one set of rows, so a
 * test can assert that every encoding and format gives the findings of the UTF-8 version.
 */
export const CATALOG_HEADER = ['商品ID', '商品标题', '卖点'];
export const CATALOG_ROWS = [
  ['1001', '全网最好的国家级保温杯 304不锈钢', '长效保温12小时，第一品牌'],
  ['1002', '𠮷祥如意 儿童水杯 食品级', '可治疗失眠，包治百病'],
  ['1003', '简约陶瓷马克杯 办公室', '容量350ml，适合日常使用'],
  ['1004', '保温杯"大容量", 户外运动', '=HYPERLINK("http://x"),顶级材质'],
];
/** Rows without the Ext B character, for GBK (which cannot encode it). */
export const GBK_ROWS = CATALOG_ROWS.map((row) => row.map((cell) => cell.replace('𠮷', '吉')));

const csvCell = (cell: string) => (/[",\n\t]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
export const toCsv = (rows: string[][], delimiter = ',', newline = '\r\n') => rows.map((row) => row.map(csvCell).join(delimiter)).join(newline) + newline;

const SYCM_META = [['统计日期：2026-11-01~2026-11-30'], ['终端：所有终端'], []];

export const sellerFiles = {
  utf8: () => Buffer.from(toCsv([CATALOG_HEADER, ...CATALOG_ROWS]), 'utf8'),
  utf8Bom: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv([CATALOG_HEADER, ...CATALOG_ROWS]), 'utf8')]),
  /** Excel "CSV (逗号分隔)" on Chinese Windows: code page 936. */
  gbk: () => iconv.encode(toCsv([CATALOG_HEADER, ...GBK_ROWS]), 'gbk'),
  gb18030: () => iconv.encode(toCsv([CATALOG_HEADER, ...CATALOG_ROWS]), 'gb18030'),
  /** Excel "Unicode 文本": UTF-16LE with a BOM, tab-separated. */
  utf16le: () => iconv.encode(toCsv([CATALOG_HEADER, ...CATALOG_ROWS], '\t'), 'utf16-le', { addBOM: true }),
  /** Two sheets: 商品列表 with 生意参谋-style metadata rows above the header, then 说明. */
  xlsx: () => workbook('xlsx'),
  xls: () => workbook('biff8'),
  random: (size = 4096, seed = 7) => {
    const bytes = Buffer.alloc(size);
    let x = seed;
    for (let i = 0; i < size; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    return bytes;
  },
};

function workbook(bookType: 'xlsx' | 'biff8'): Buffer {
  const book = XLSX.utils.book_new();
  const catalog = XLSX.utils.aoa_to_sheet([...SYCM_META, CATALOG_HEADER, ...CATALOG_ROWS.map((row) => [Number(row[0]), row[1], row[2]])]);
  XLSX.utils.book_append_sheet(book, catalog, '商品列表');
  const other = XLSX.utils.aoa_to_sheet([['说明'], ['第二个工作表：不是商品数据']]);
  XLSX.utils.book_append_sheet(book, other, '说明');
  return XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
}

/** A keyword list from 生意参谋 (搜索词 + 搜索人气), metadata rows first, as an .xlsx with a merged title cell. */
export function keywordWorkbook(): Buffer {
  const rows = [
    ['生意参谋 搜索分析', '', ''],
    ['统计日期：2026-11-01~2026-11-30', '', ''],
    ['搜索词', '搜索人气', '点击率'],
    ['保温杯', '12,345', '5.1%'],
    ['保温杯 男士', '8,600', '4.0%'],
    ['儿童水杯', '1.2万', '3.3%'],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '搜索词');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

export const KEYWORD_CSV = '搜索词,搜索人气\n保温杯,"12,345"\n保温杯 男士,"8,600"\n儿童水杯,1.2万\n';
export const gbkKeywords = () => iconv.encode(KEYWORD_CSV, 'gbk');

/**
 * A large 生意参谋-style catalog workbook as Excel writes it: shared strings (bookSST), metadata
 * rows above a Chinese header, numeric IDs. Every 4th title and 7th selling point breaks the law.
 */
export function largeCatalogWorkbook(rows: number): Buffer {
  const aoa: (string | number)[][] = [...SYCM_META, ['商品ID', '商品标题', '卖点', '商品描述']];
  for (let i = 1; i <= rows; i++)
    aoa.push([
      100000 + i,
      i % 4 === 0 ? `全网最好的保温杯${i} 316不锈钢 大容量` : `保温杯${i} 316不锈钢 大容量 通勤`,
      i % 7 === 0 ? '国家级工艺, 全网最低价' : '保温12小时, 不串味',
      `适合通勤和露营 ${i % 13 === 0 ? '治疗失眠' : '日常使用'}`,
    ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), '商品列表');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['说明'], ['第二个工作表']]), '说明');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
}

/** A team lexicon kept in Excel: metadata rows, then one term per row with Chinese headers. */
export const LEXICON_ROWS = [
  ['id: team-rules'],
  ['version: 1.2.0'],
  ['name: 团队禁用词'],
  [],
  ['词语', '类别', '级别', '依据', '建议', '平台'],
  ['秒杀价', 'price', 'error', '店铺规范第3条', '限时价|活动价', 'taobao|tmall'],
  ['𠮷祥款', '', 'warning', '', '', ''],
  ['包邮到家', 'promotional', 'info', '店铺规范第5条', '', ''],
];
/** The same rows without the Ext B character, for GBK. */
export const LEXICON_GBK_ROWS = LEXICON_ROWS.map((row) => row.map((cell) => cell.replace('𠮷', '吉')));

export const lexiconFiles = {
  utf8: () => Buffer.from(toCsv(LEXICON_ROWS), 'utf8'),
  gbk: () => iconv.encode(toCsv(LEXICON_GBK_ROWS), 'gbk'),
  gb18030: () => iconv.encode(toCsv(LEXICON_ROWS), 'gb18030'),
  utf16le: () => iconv.encode(toCsv(LEXICON_ROWS, '\t'), 'utf16-le', { addBOM: true }),
  xlsx: () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['说明'], ['见下一个工作表']]), '说明');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(LEXICON_ROWS), '词库');
    return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true }) as Buffer;
  },
};
