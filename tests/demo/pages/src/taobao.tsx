import { useState } from 'react';
import { createRoot } from 'react-dom/client';

/** Taobao counts a CJK or full-width character as 2, anything else as 1, against a 60 limit. */
function taobaoWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! <= 0xff ? 1 : 2;
  return width;
}

// Mirrors the structure of Taobao's publish page (sell/v2/publish.htm): sell-field-<name> rows labelled by .sell-component-info-wrapper-label, a
// controlled input and a "n/60" counter, then the 宝贝卖点 and 宝贝描述 blocks.
function PublishForm() {
  const [title, setTitle] = useState('');
  const [sellingPoint, setSellingPoint] = useState('');
  const width = taobaoWidth(title);
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <h2>基础信息</h2>
      <div className="form-row sell-component-title" id="sell-field-title">
        <label htmlFor="title" className="sell-component-info-wrapper-label">
          宝贝标题
        </label>
        <div>
          <span className="next-input">
            <input
              id="title"
              name="title"
              type="text"
              placeholder="最多允许输入30个汉字（60字符）"
              value={title}
              onChange={(event) => setTitle(event.target.value)}
            />
          </span>
          <span className={width > 60 ? 'counter over' : 'counter'} data-testid="title-counter">
            {width}/60
          </span>
          <div className="state" data-testid="react-state">
            React state: {JSON.stringify(title)}
          </div>
        </div>
      </div>
      <div className="form-row" id="sell-field-sellPoint">
        <label htmlFor="sellPoint" className="sell-component-info-wrapper-label">
          宝贝卖点
        </label>
        <textarea id="sellPoint" name="sellPoint" maxLength={150} value={sellingPoint} onChange={(event) => setSellingPoint(event.target.value)} />
      </div>
      <div className="form-row" id="sell-field-price">
        <label htmlFor="price" className="sell-component-info-wrapper-label">
          一口价
        </label>
        <input id="price" type="number" defaultValue="199" />
      </div>
    </form>
  );
}

createRoot(document.getElementById('root')!).render(<PublishForm />);
