import type { FieldRole } from '../lexicon/schema';
import { isHidden, isEditableRoot, resolveEditable, usableFieldsIn } from './editable';
import { compareDocumentOrder, pageDocuments, type PageDocuments } from './frames';
import { fieldLabel, fieldTexts, rowText } from './labels';
import { guessRole, type RoleEvidence } from './roles';
import type { FieldBinding } from './types';

/**
 * The shared field finder behind every adapter: an adapter lists locators for the fields it knows,
 * and the words-based guess (lib/sites/roles.ts) covers whatever its locators miss.
 */
export interface FieldLocator {
  /**
   * CSS selector tried in the page and in each same-origin iframe. A match may be the field itself,
   * a wrapper around it (`#struct-title`), or an iframe whose editor root is the field.
   */
  selector?: string;
  /** Or: the fields whose page label (its <label>, row label, placeholder…) matches. */
  label?: RegExp;
  role: FieldRole;
  /** Key of the first match; further matches get `${key}-2`, `${key}-3`… */
  key: string;
  /** Several fields of one kind (JD's selling points): keys are `${key}-1`, `${key}-2`… in document order. */
  many?: boolean;
  /**
   * Key from the page, e.g. Amazon's `name="bullet_point[3]"` → 'bullet-4'. Gets the element the selector
   * matched (a wrapper carries the name on new forms) and overrides `key` when it returns a string.
   */
  keyOf?: (matched: Element) => string | null;
}

/**
 * Which unlocated fields the words-based guess may add: 'all' (the generic adapter: every usable field,
 * 'description' when nothing else is known) or 'recognized' (a platform adapter: only fields whose
 * words or length counter say what they are, and rich-text editors).
 */
export type Fallback = 'all' | 'recognized';

const RECOGNIZED: ReadonlySet<RoleEvidence> = new Set(['keyword', 'length-hint']);

class KeyAllocator {
  readonly #used = new Set<string>();

  take(key: string): string {
    let unique = key;
    for (let n = 2; this.#used.has(unique); n++) unique = `${key}-${n}`;
    this.#used.add(unique);
    return unique;
  }

  takeNumbered(base: string): string {
    let n = 1;
    while (this.#used.has(`${base}-${n}`)) n++;
    return this.take(`${base}-${n}`);
  }
}

function isInVisibleFrame(doc: Document, page: PageDocuments): boolean {
  for (let frame = page.frameOf.get(doc); frame; frame = page.frameOf.get(frame.ownerDocument)) {
    if (isHidden(frame)) return false;
  }
  return true;
}

/** Fields a locator finds, each with the element that matched (the field itself or its wrapper), in document order. */
function locatedBy(
  locator: FieldLocator,
  page: PageDocuments,
  candidates: readonly HTMLElement[],
  labelOf: (field: HTMLElement) => string,
): Array<[HTMLElement, Element]> {
  const found = new Map<HTMLElement, Element>();
  if (locator.selector) {
    for (const doc of page.documents) {
      for (const match of doc.querySelectorAll(locator.selector)) {
        const field = resolveEditable(match);
        if (field && !found.has(field) && !isHidden(field) && isInVisibleFrame(field.ownerDocument, page)) found.set(field, match);
      }
    }
  }
  if (locator.label) {
    const pattern = locator.label;
    for (const field of candidates) if (!found.has(field) && pattern.test(labelOf(field))) found.set(field, field);
  }
  return [...found].sort(([a], [b]) => compareDocumentOrder(a, b, page.frameOf));
}

export function locateFields(doc: Document, locators: readonly FieldLocator[], fallback: Fallback): FieldBinding[] {
  const page = pageDocuments(doc);
  const candidates = page.documents
    .filter((inner) => isInVisibleFrame(inner, page))
    .flatMap(usableFieldsIn)
    .sort((a, b) => compareDocumentOrder(a, b, page.frameOf));
  const labels = new Map<HTMLElement, string>();
  const textsOf = (field: HTMLElement) => fieldTexts(field, page.frameOf);
  const labelOf = (field: HTMLElement): string => {
    let label = labels.get(field);
    if (label === undefined) {
      label = fieldLabel(textsOf(field));
      labels.set(field, label);
    }
    return label;
  };

  const keys = new KeyAllocator();
  const bindings = new Map<HTMLElement, FieldBinding>();
  for (const locator of locators) {
    const located = locatedBy(locator, page, candidates, labelOf).filter(([field]) => !bindings.has(field));
    for (const [field, matched] of located) {
      const own = locator.keyOf?.(matched) ?? (matched === field ? null : locator.keyOf?.(field));
      const key = own ? keys.take(own) : locator.many ? keys.takeNumbered(locator.key) : keys.take(locator.key);
      bindings.set(field, { element: field, role: locator.role, key, label: labelOf(field) });
    }
  }

  for (const field of candidates) {
    if (bindings.has(field)) continue;
    const guess = guessRole(field, textsOf(field), rowText(field));
    if (!guess) continue;
    if (fallback === 'recognized' && !RECOGNIZED.has(guess.evidence) && !isEditableRoot(field)) continue;
    const key = guess.role === 'bullet' ? keys.takeNumbered('bullet') : keys.take(guess.role);
    bindings.set(field, { element: field, role: guess.role, key, label: labelOf(field) });
  }

  return [...bindings.values()].sort((a, b) => compareDocumentOrder(a.element, b.element, page.frameOf));
}
