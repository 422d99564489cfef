/**
 * DOM helper: severity highlights in contenteditable fields through the CSS Custom Highlight API,
 * which paints ranges without adding a single node to the editor's DOM. The ::highlight styles
 * go into an adopted stylesheet of the field's document, so no <style> element is injected either.
 */
import type { Severity } from '../types';

const NAMES: Record<Severity, string> = { error: 'listinglint-error', warning: 'listinglint-warning', info: 'listinglint-info' };
/** Severity shows in the line style as well as the colour; colours reach 3:1 on light and dark backgrounds. */
const COLORS: Record<Severity, { light: string; dark: string }> = {
  error: { light: '#d1242f', dark: '#ff7b82' },
  warning: { light: '#b35900', dark: '#f5b94a' },
  info: { light: '#2f6fdb', dark: '#7aa7ff' },
};
const LINE: Record<Severity, string> = { error: 'wavy', warning: 'dashed', info: 'dotted' };
const styled = new WeakSet<Document>();

function ensureStyles(doc: Document): void {
  const view = doc.defaultView;
  if (styled.has(doc) || !view) return;
  const sheet = new view.CSSStyleSheet();
  const rules = (scheme: 'light' | 'dark') =>
    (Object.keys(NAMES) as Severity[])
      .map(
        (severity) =>
          `::highlight(${NAMES[severity]}) { text-decoration: underline ${LINE[severity]} ${COLORS[severity][scheme]}; text-decoration-thickness: 2px; text-decoration-skip-ink: none; background-color: ${COLORS[severity][scheme]}22; }`,
      )
      .join('\n');
  sheet.replaceSync(`${rules('light')}\n@media (prefers-color-scheme: dark) {\n${rules('dark')}\n}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  styled.add(doc);
}

export function highlightsSupported(doc: Document): boolean {
  return Boolean(doc.defaultView?.CSS && 'highlights' in doc.defaultView.CSS);
}

/** Per-document registry: each field contributes its ranges; every update repaints that document's highlights. */
export class HighlightPainter {
  private readonly byField = new Map<object, { doc: Document; ranges: { range: Range; severity: Severity }[] }>();

  set(field: object, doc: Document, ranges: { range: Range; severity: Severity }[]): void {
    if (!highlightsSupported(doc)) return;
    ensureStyles(doc);
    this.byField.set(field, { doc, ranges });
    this.paint(doc);
  }

  clear(field: object): void {
    const entry = this.byField.get(field);
    if (!entry) return;
    this.byField.delete(field);
    this.paint(entry.doc);
  }

  private paint(doc: Document): void {
    const registry = doc.defaultView!.CSS.highlights;
    const HighlightCtor = doc.defaultView!.Highlight;
    for (const severity of Object.keys(NAMES) as Severity[]) {
      const ranges = [...this.byField.values()]
        .filter((entry) => entry.doc === doc)
        .flatMap((entry) => entry.ranges.filter((r) => r.severity === severity).map((r) => r.range));
      if (ranges.length === 0) registry.delete(NAMES[severity]);
      else registry.set(NAMES[severity], new HighlightCtor(...ranges));
    }
  }
}
