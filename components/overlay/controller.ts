/**
 * The overlay's engine, outside React: tracks the fields an adapter claims (also in same-origin
 * iframes, late and re-rendered ones), audits each on input (coalesced per animation frame),
 * lays out underline boxes, and applies fixes. React renders its snapshots.
 */
import { auditField, type FieldAudit } from '@/lib/audit/auditField';
import { applyEdit, focusRange, isTextControl, readFieldText } from '@/lib/dom/fieldAccess';
import { readEditableText } from '@/lib/dom/editableText';
import { HighlightPainter } from '@/lib/dom/highlights';
import { hashText } from '@/lib/db/hash';
import { clipBox, fieldBox, frameOffset, rangeBoxes, type Box } from '@/lib/dom/textRects';
import type { Lexicon, LexiconTermInput } from '@/lib/lexicon/schema';
import type { FieldBinding, SiteAdapter } from '@/lib/sites/types';
import type { Finding } from '@/lib/types';

export interface AuditSettings {
  locale: 'zh-CN' | 'en';
  allow: string[];
  customTerms: LexiconTermInput[];
  keywords: { keyword: string; volume: number }[];
  extraLexicons: Lexicon[];
  /** Terms the user disabled in the dashboard. */
  disabledTerms?: string[];
}

export interface TrackedField {
  id: number;
  binding: FieldBinding;
  text: string;
  audit: FieldAudit;
  /** Findings still shown (audit minus those ignored once). */
  findings: Finding[];
  /** Hash of the text, to recall review decisions made on the same text before. */
  textHash: string;
}

export interface Decoration {
  fieldId: number;
  finding: Finding;
  boxes: Box[];
  /** Painted by the CSS Highlight API (contenteditable); the overlay draws boxes only for inputs and textareas. */
  paintedInPage: boolean;
}

export interface OverlaySnapshot {
  fields: TrackedField[];
  decorations: Decoration[];
  fieldBoxes: Map<number, Box>;
  version: number;
}

export function findingKey(finding: Finding): string {
  return `${finding.ruleId}:${finding.start}:${finding.end}`;
}

export class OverlayController {
  private readonly tracked = new Map<HTMLElement, TrackedField>();
  private readonly cleanups = new Map<HTMLElement, () => void>();
  private readonly observedDocs = new WeakSet<Document>();
  private readonly observers: MutationObserver[] = [];
  private readonly ignoredOnce = new Set<string>();
  private readonly dirty = new Set<HTMLElement>();
  private readonly painter = new HighlightPainter();
  private readonly listeners = new Set<() => void>();
  private readonly pointerListeners = new Set<(x: number, y: number) => void>();
  private snapshot: OverlaySnapshot = { fields: [], decorations: [], fieldBoxes: new Map(), version: 0 };
  private nextId = 1;
  private frame = 0;
  private layoutWanted = false;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly onViewportChange = () => this.schedule(true);

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
    private readonly mirrorHost: HTMLElement,
    private settings: AuditSettings,
  ) {}

  start(): void {
    this.observeDocument(this.doc);
    this.doc.defaultView?.addEventListener('resize', this.onViewportChange);
    this.doc.defaultView?.addEventListener('popstate', () => this.scheduleScan());
    this.doc.defaultView?.addEventListener('hashchange', () => this.scheduleScan());
    this.scan();
  }

  stop(): void {
    for (const observer of this.observers) observer.disconnect();
    for (const cleanup of this.cleanups.values()) cleanup();
    this.doc.defaultView?.removeEventListener('resize', this.onViewportChange);
    cancelAnimationFrame(this.frame);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): OverlaySnapshot => this.snapshot;

  /** Pointer moves in the page and its same-origin frames, in top-level viewport coordinates. */
  onPointerMove(listener: (x: number, y: number) => void): () => void {
    this.pointerListeners.add(listener);
    return () => this.pointerListeners.delete(listener);
  }

  updateSettings(settings: AuditSettings): void {
    this.settings = settings;
    for (const element of this.tracked.keys()) this.dirty.add(element);
    this.schedule(true);
  }

  fieldById(id: number): TrackedField | undefined {
    return [...this.tracked.values()].find((field) => field.id === id);
  }

  /** Writes a suggestion over the finding's characters; returns false when the text moved meanwhile. */
  applyFix(fieldId: number, finding: Finding, replacement: string): boolean {
    const field = this.fieldById(fieldId);
    if (!field) return false;
    const element = field.binding.element;
    if (readFieldText(element).slice(finding.start, finding.end) !== finding.match) return false;
    const ok = applyEdit(element, finding.start, finding.end, replacement);
    this.dirty.add(element);
    this.schedule(true);
    return ok;
  }

  /** Replaces the whole field text (a drafted variant), through the same edit path as fixes. */
  replaceFieldText(fieldId: number, text: string): boolean {
    const field = this.fieldById(fieldId);
    if (!field) return false;
    const element = field.binding.element;
    const ok = applyEdit(element, 0, readFieldText(element).length, text);
    this.dirty.add(element);
    this.schedule(true);
    return ok;
  }

  get platform() {
    return this.adapter.platform;
  }

  ignoreOnce(fieldId: number, finding: Finding): void {
    const field = this.fieldById(fieldId);
    if (!field) return;
    this.ignoredOnce.add(this.ignoreKey(field, finding));
    this.dirty.add(field.binding.element);
    this.schedule(true);
  }

  focusFinding(fieldId: number, finding: Finding): void {
    const field = this.fieldById(fieldId);
    if (field) focusRange(field.binding.element, finding.start, finding.end);
    this.schedule(true);
  }

  // --- tracking -------------------------------------------------------------

  private observeDocument(doc: Document): void {
    if (this.observedDocs.has(doc)) return;
    this.observedDocs.add(doc);
    const observer = new MutationObserver(() => this.scheduleScan());
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    this.observers.push(observer);
    doc.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    doc.addEventListener(
      'mousemove',
      (event) => {
        const offset = frameOffset(doc);
        for (const listener of this.pointerListeners) listener(event.clientX + offset.x, event.clientY + offset.y);
      },
      { passive: true },
    );
  }

  private scheduleScan(): void {
    clearTimeout(this.scanTimer);
    this.scanTimer = setTimeout(() => this.scan(), 60);
  }

  private scan(): void {
    for (const frame of this.doc.querySelectorAll('iframe')) {
      frame.addEventListener('load', () => this.scheduleScan(), { once: true });
      try {
        if (frame.contentDocument?.documentElement) this.observeDocument(frame.contentDocument);
      } catch {
        // cross-origin frame: not ours to read
      }
    }
    const bindings = this.adapter.findFields(this.doc);
    const seen = new Set<HTMLElement>();
    for (const binding of bindings) {
      seen.add(binding.element);
      const existing = this.tracked.get(binding.element);
      if (existing) existing.binding = binding;
      else this.track(binding);
    }
    for (const element of [...this.tracked.keys()]) {
      if (!seen.has(element) || !element.isConnected) this.untrack(element);
    }
    this.schedule(true);
  }

  private track(binding: FieldBinding): void {
    const element = binding.element;
    const field: TrackedField = { id: this.nextId++, binding, text: '', audit: { findings: [] }, findings: [], textHash: hashText('') };
    this.tracked.set(element, field);
    const onInput = () => {
      this.dirty.add(element);
      this.schedule(false);
    };
    element.addEventListener('input', onInput);
    element.addEventListener('scroll', this.onViewportChange, { passive: true });
    let observer: MutationObserver | undefined;
    if (!isTextControl(element)) {
      // Editors change their DOM without input events too (toolbar, paste handlers, API calls).
      observer = new MutationObserver(onInput);
      observer.observe(element, { childList: true, subtree: true, characterData: true });
    }
    this.cleanups.set(element, () => {
      element.removeEventListener('input', onInput);
      element.removeEventListener('scroll', this.onViewportChange);
      observer?.disconnect();
    });
    this.dirty.add(element);
  }

  private untrack(element: HTMLElement): void {
    this.cleanups.get(element)?.();
    this.cleanups.delete(element);
    const field = this.tracked.get(element);
    if (field) this.painter.clear(field);
    this.tracked.delete(element);
    this.dirty.delete(element);
  }

  // --- audit and layout ----------------------------------------------------------

  private schedule(layout: boolean): void {
    this.layoutWanted ||= layout;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.flush();
    });
  }

  private flush(): void {
    for (const element of this.dirty) {
      const field = this.tracked.get(element);
      if (!field) continue;
      field.text = readFieldText(element);
      field.textHash = hashText(field.text);
      field.audit = auditField(field.text, {
        role: field.binding.role,
        platform: this.adapter.platform,
        locale: this.settings.locale,
        allow: this.settings.allow,
        customTerms: this.settings.customTerms,
        keywords: this.settings.keywords,
        extraLexicons: this.settings.extraLexicons,
        disabledTerms: this.settings.disabledTerms,
      });
      field.findings = field.audit.findings.filter((finding) => !this.ignoredOnce.has(this.ignoreKey(field, finding)));
    }
    this.dirty.clear();
    this.layoutWanted = false;
    this.layout();
  }

  private layout(): void {
    const decorations: Decoration[] = [];
    const fieldBoxes = new Map<number, Box>();
    for (const field of this.tracked.values()) {
      const element = field.binding.element;
      const clip = fieldBox(element);
      fieldBoxes.set(field.id, clip);
      const painted = !isTextControl(element);
      if (painted) {
        const editable = readEditableText(element);
        this.painter.set(
          field,
          element.ownerDocument,
          field.findings.map((finding) => ({ range: editable.rangeFor(finding.start, finding.end), severity: finding.severity })),
        );
      }
      for (const finding of field.findings) {
        const boxes = rangeBoxes(element, finding.start, finding.end, this.mirrorHost)
          .map((box) => clipBox(box, clip))
          .filter((box): box is Box => box !== null);
        decorations.push({ fieldId: field.id, finding, boxes, paintedInPage: painted });
      }
    }
    const fields = [...this.tracked.values()].sort((a, b) => documentOrder(a.binding.element, b.binding.element));
    this.snapshot = { fields, decorations, fieldBoxes, version: this.snapshot.version + 1 };
    for (const listener of this.listeners) listener();
  }

  private ignoreKey(field: TrackedField, finding: Finding): string {
    // Keyed by the words around the hit, so edits elsewhere in the field do not bring it back.
    const before = field.text.slice(Math.max(0, finding.start - 8), finding.start);
    const after = field.text.slice(finding.end, finding.end + 8);
    return `${field.binding.key}|${finding.ruleId}|${before}[${finding.match}]${after}`;
  }
}

function documentOrder(a: HTMLElement, b: HTMLElement): number {
  if (a.ownerDocument !== b.ownerDocument) return a.ownerDocument === document ? -1 : 1;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
