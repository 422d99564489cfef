import iconv from 'iconv-lite';
import { gbPlausibility, detectEncoding } from '/work/wt/files/lib/files/decode.ts';
const zh = '标题,卖点\n全网最好的国家级保温杯,304不锈钢内胆，长效保温12小时\n第一品牌儿童水杯,食品级材质 无毒无害 安全放心\n';
const tw = '標題,賣點\n全網最好的國家級保溫杯,304不鏽鋼內膽，長效保溫12小時\n第一品牌兒童水杯,食品級材質 無毒無害 安全放心\n';
for (const [name, buf] of [['gbk', iconv.encode(zh,'gbk')], ['big5', iconv.encode(tw,'big5')], ['sjis', iconv.encode('商品タイトル,セールスポイント\n最高の保温ボトル、ステンレス製で長時間保温できます\n','shift_jis')], ['latin1', iconv.encode('Café crème, naïve façade éé àà\n','latin1')], ['gbtw', iconv.encode(tw,'gbk')]] as const) {
  let r; try { r = detectEncoding(buf); } catch (e) { r = (e as Error).message.slice(0,60); }
  console.log(name, gbPlausibility(buf), r);
}
const long = '這款保溫杯採用三百零四不鏽鋼內膽，真空隔熱技術，長效保溫十二小時，適合上班族、學生和戶外運動愛好者使用。我們的產品經過嚴格品質檢驗，請放心購買。';
console.log('big5long', gbPlausibility(iconv.encode(long,'big5')), 'gbklong', gbPlausibility(iconv.encode(long,'gbk')));
