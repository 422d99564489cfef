import { isEditableField, isEditorChrome } from './editable';
import { closestComposed, shadowHostOf } from './shadow';

/**
 * The words a page puts next to a field: its <label>, aria attributes, the label cell of its form row,
 * the label of the iframe it lives in, its placeholder, title, and finally its name and id.
 */
export interface FieldTexts {
  /** What the page shows as the field's name, best first (for display and for guessing the role). */
  shown: string[];
  /** name and id attributes split into words ('bullet_point[0]' → 'bullet point 0', 'skuName' → 'sku name'). */
  attributes: string[];
}

const SKIPPED_TEXT_PARENTS: ReadonlySet<string> = new Set(['TEXTAREA', 'SCRIPT', 'STYLE', 'SELECT', 'OPTION', 'TEMPLATE', 'NOSCRIPT']);
/** How far up from a field its form row may be. */
const ROW_DEPTH = 4;
const MAX_LABEL_LENGTH = 40;
const ROW_LABEL_SELECTOR = 'label, legend, [class*="label"], [class*="Label"]';

/** Text of a node without the contents of form controls and scripts, whitespace collapsed. */
export function readableText(node: Node, exclude?: Node): string {
  const parts: string[] = [];
  const visit = (current: Node): void => {
    if (current === exclude) return;
    if (current.nodeType === 3) {
      parts.push(current.nodeValue ?? '');
      return;
    }
    if (current.nodeType === 1 && SKIPPED_TEXT_PARENTS.has((current as Element).tagName)) return;
    for (const child of current.childNodes) visit(child);
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Drops required markers and trailing colons: '* 商品标题：' → '商品标题'. */
export function cleanLabel(text: string): string {
  return text
    .replace(/^[\s*＊]+/, '')
    .replace(/[\s:：*＊]+$/, '')
    .trim();
}

export function splitAttributeWords(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function labelElementsOf(field: HTMLElement): Element[] {
  const found: Element[] = [];
  const id = field.getAttribute('id');
  if (id) {
    // In the field's own tree: a label inside a shadow root names the control of that root.
    const scope = field.getRootNode() as Document | ShadowRoot;
    for (const label of scope.querySelectorAll('label')) {
      if (label.getAttribute('for') === id) found.push(label);
    }
  }
  const wrapping = field.closest('label');
  if (wrapping && !found.includes(wrapping)) found.push(wrapping);
  return found;
}

function labelledByText(field: HTMLElement): string {
  const ids = field.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids
    .map((id) => (field.getRootNode() as Document | ShadowRoot).getElementById(id) ?? field.ownerDocument.getElementById(id))
    .filter((element): element is HTMLElement => element !== null)
    .map((element) => readableText(element))
    .join(' ');
}

function containsOtherField(container: Element, field: Element): boolean {
  for (const candidate of container.querySelectorAll('input, textarea, [contenteditable], iframe')) {
    if (candidate === field || field.contains(candidate) || candidate.contains(field)) continue;
    if (candidate.tagName === 'IFRAME' || isEditableField(candidate)) return true;
  }
  return false;
}

/**
 * Form rows of the real back offices, each holding one field and its label somewhere inside (often far
 * from the control, so no fixed number of levels up). Nearest row wins (rows nest on Pinduoduo).
 * Evidence per platform is in the adapters' headers (lib/sites/<platform>.ts).
 */
export const FORM_ROW_SELECTOR = [
  '[id^="sell-field-"]', // Taobao/Tmall 发布宝贝 (sell/v2/publish.htm)
  '[id^="struct-"]:not(#struct-content):not(#struct-error-board)', // older Taobao publish page (struct-content wraps them all)
  '.sell-component-info-wrapper-wrap',
  '[data-testid="beast-core-form-item"]', // Pinduoduo mms (beast-core design system)
  '.rcd-form-item', // JD ware-jdm 商品发布
  '[attr-field-id]', // Douyin 抖店 商品创建
  '.next-form-item', // Alibaba Fusion forms
  '.ant-form-item',
  '.el-form-item',
].join(', ');

/** Where a row keeps its label, most specific first. */
const ROW_LABEL_CELLS = [
  '.sell-component-info-wrapper-label',
  '.rcd-form-item__label',
  '.next-form-item-label',
  '.ant-form-item-label',
  '.el-form-item__label',
  'label',
  '[class*="label"]',
  '[class*="Label"]',
];

/** The label of the nearest known form row around the field: `attr-field-id`, else its label cell. */
export function formRowLabel(field: HTMLElement): string {
  const row = closestComposed(field, FORM_ROW_SELECTOR);
  if (!row) return '';
  const named = row.getAttribute('attr-field-id');
  if (named) return cleanLabel(named);
  for (const cell of ROW_LABEL_CELLS) {
    for (const candidate of row.querySelectorAll(cell)) {
      if (candidate.contains(field) || isEditorChrome(candidate) || closestComposed(candidate, FORM_ROW_SELECTOR) !== row) continue;
      const text = cleanLabel(readableText(candidate));
      if (text && text.length <= MAX_LABEL_LENGTH) return text;
    }
  }
  return '';
}

/** A KAT host (`<kat-textarea label="Product Description">`) names the native control in its shadow root. */
function hostLabel(field: HTMLElement): string {
  const host = shadowHostOf(field);
  if (!host) return '';
  return host.getAttribute('label') ?? host.getAttribute('aria-label') ?? '';
}

/** The label cell of the form row around the field: `.next-form-item-label`, `.form-item-label`, a <label>… */
function rowLabelText(field: HTMLElement): string {
  let row: Element | null = field.parentElement;
  for (let depth = 0; row && depth < ROW_DEPTH && row !== field.ownerDocument.body; depth++, row = row.parentElement) {
    if (containsOtherField(row, field)) return '';
    for (const candidate of row.querySelectorAll(ROW_LABEL_SELECTOR)) {
      if (candidate.contains(field) || isEditorChrome(candidate) || candidate.closest('.ql-toolbar')) continue;
      const text = cleanLabel(readableText(candidate));
      if (text && text.length <= MAX_LABEL_LENGTH) return text;
    }
  }
  return '';
}

function ownTexts(field: HTMLElement): string[] {
  return [
    ...labelElementsOf(field).map((label) => readableText(label, field)),
    labelledByText(field),
    // The row's label is what the seller reads as the field's name (Taobao's title input is aria-labelled by its hint).
    formRowLabel(field),
    hostLabel(field),
    field.getAttribute('aria-label') ?? '',
    rowLabelText(field),
  ];
}

function hintTexts(field: HTMLElement): string[] {
  return [
    field.getAttribute('placeholder') ?? '',
    field.getAttribute('data-placeholder') ?? '',
    field.getAttribute('aria-placeholder') ?? '',
    field.getAttribute('title') ?? '',
  ];
}

const nonEmpty = (texts: string[]): string[] => texts.map(cleanLabel).filter((text) => text.length > 0);

/**
 * @param frameOf the iframe hosting each frame document, so a detail editor inside
 *   `<iframe title="详情编辑器">` is named by its iframe when it has no label of its own.
 */
export function fieldTexts(field: HTMLElement, frameOf: ReadonlyMap<Document, HTMLIFrameElement>): FieldTexts {
  const own = nonEmpty(ownTexts(field));
  const frame = frameOf.get(field.ownerDocument);
  const frameTexts = frame ? nonEmpty([...ownTexts(frame), frame.getAttribute('title') ?? '']) : [];
  const host = shadowHostOf(field);
  const attributes = [field.getAttribute('name') ?? '', field.getAttribute('id') ?? '', host?.getAttribute('name') ?? '', host?.getAttribute('id') ?? '']
    .map(splitAttributeWords)
    .filter((text) => text.length > 0);
  return { shown: [...own, ...frameTexts, ...nonEmpty(hintTexts(field))], attributes };
}

/** The label shown in the panel: the page's own words, else the name attribute. */
export function fieldLabel(texts: FieldTexts): string {
  return texts.shown[0] ?? texts.attributes[0] ?? '';
}

/** Text of the field's form row (the largest ancestor holding no other field), where a "12/60" counter sits. */
export function rowText(field: HTMLElement): string {
  let row: Element | null = null;
  let parent = field.parentElement;
  for (let depth = 0; parent && depth < ROW_DEPTH && parent !== field.ownerDocument.body; depth++, parent = parent.parentElement) {
    if (containsOtherField(parent, field)) break;
    row = parent;
  }
  return row ? readableText(row, field) : '';
}
