import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
const out = createWriteStream(process.argv[2]);
out.write('商品ID,商品标题,卖点,商品描述\n');
let size = 0, i = 0, batch = '';
while (size < 1024 ** 3) {
  i++;
  const line = `${i},${i % 4 === 0 ? '全网最好的' : ''}保温杯${i} 316不锈钢 大容量 通勤 办公室 学生,"${i % 7 === 0 ? '国家级工艺, 全网最低价' : '保温12小时, 不串味，杯盖可拆洗'}",适合通勤和露营，轻巧便携\n`;
  batch += line;
  if (batch.length > 1 << 16) { const b = Buffer.from(batch); size += b.length; if (!out.write(b)) await once(out, 'drain'); batch = ''; }
}
out.end(batch); await once(out, 'finish'); console.log(i, 'rows');
