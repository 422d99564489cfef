import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import type { FieldBinding } from '../../../lib/sites/types';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/sites');

const DEMO_PAGES = path.resolve(import.meta.dirname, '../../demo/pages');

/** A saved page from tests/fixtures/sites, or (`demo:jd.html`) a page of the bundled demo back office itself. */
export function fixture(name: string): string {
  return name.startsWith('demo:') ? readFileSync(path.join(DEMO_PAGES, name.slice('demo:'.length)), 'utf8') : readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** A saved page loaded at its real URL in a fresh happy-dom window (no scripts, no stylesheets fetched). */
export function loadPage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  const doc = window.document as unknown as Document;
  doc.write(html);
  return doc;
}

/** Gives a saved iframe its saved document (same origin, like the real editor frame). */
export function fillFrame(doc: Document, selector: string, html: string): void {
  const frame = doc.querySelector(selector);
  if (!frame) throw new Error(`no iframe ${selector}`);
  frame.setAttribute('srcdoc', html);
}

export function summary(fields: readonly FieldBinding[]): Array<{ key: string; role: string; label: string; id: string }> {
  return fields.map(({ key, role, label, element }) => ({ key, role, label, id: element.id }));
}
