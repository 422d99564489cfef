/**
 * The overlay's engine, outside React: tracks the fields an adapter claims (also in same-origin
 * iframes, late and re-rendered ones), audits each on input (coalesced per animation frame,
 * incrementally by chunk and within a per-frame budget), measures underline boxes only in or near
 * the viewport, and applies fixes. React renders its snapshots.
 */
import { auditField, type FieldAudit, type FieldAuditOptions } from '@/lib/audit/auditField';
import { applyEdit, focusRange, isTextControl, readFieldText, type EditResult } from '@/lib/dom/fieldAccess';
import { applySuggestion, replaceAllEdit } from '@/lib/edit/applySuggestion';
import { readEditableText } from '@/lib/dom/editableText';
import { HighlightPainter } from '@/lib/dom/highlights';
import { hashText } from '@/lib/db/hash';
import { clipBox, ControlMirror, fieldBox, frameOffset, visibleRangeBoxes, type Box } from '@/lib/dom/textRects';
import { ChunkedAuditor } from './chunkedAudit';
import { FieldAria } from './fieldAria';
import type { Lexicon, LexiconTermInput } from '@/lib/lexicon/schema';
import type { FieldBinding, SiteAdapter } from '@/lib/sites/types';
import { openShadowRoots } from '@/lib/sites/shadow';
import type { Finding } from '@/lib/types';

export interface AuditSettings {
  locale: 'zh-CN' | 'en';
  allow: string[];
  customTerms: LexiconTermInput[];
  keywords: { keyword: string; volume: number }[];
  extraLexicons: Lexicon[];
  /** Terms the user disabled in the dashboard. */
  disabledTerms?: string[];
  /** A large own-term list compiled off the keystroke path (lib/lexicon/customShards); then `customTerms` is empty. */
  customChecker?: FieldAuditOptions['customChecker'];
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

/** Per-field work state the snapshot does not expose: the chunk cache, the geometry and the painted ranges. */
interface FieldState {
  auditor: ChunkedAuditor;
  /** Bumped whenever text or findings change: the mirror and the highlights follow it. */
  version: number;
  mirror?: ControlMirror<Finding>;
  ranges: Range[];
  paintedVersion: number;
}

/** Main-thread time the audit may take per frame; the rest of a long text is audited on the next frames. */
const AUDIT_BUDGET_MS = 8;
/** Title rules (length, repeats, keyword coverage) run on the whole text up to this length; longer "titles" get the chunked compliance audit only. */
const TITLE_WHOLE_MAX = 1000;
/**
 * Inputs and textareas longer than this get no in-field underlines (their findings stay in the badge
 * and the panel): laying the text out a second time in the mirror would block the page for ~0.5 s per MB.
 */
export const MIRROR_MAX_CHARS = 100_000;
/** Inputs and textareas up to this length are audited right after each input event (see flushAfterEvent). */
const IMMEDIATE_MAX_CHARS = 20_000;

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

/** A key press in a page field the overlay answers: the card shortcut, or Escape. */
export type FieldKeyRequest = { kind: 'open-at-caret'; fieldId: number; finding: Finding | null } | { kind: 'escape'; fieldId: number };

/** Alt+Shift+L: no clash with editors' own bindings (Ctrl/Cmd shortcuts, Alt+letter menus in Windows apps use Alt alone). */
export function isCardShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL';
}

export function findingKey(finding: Finding): string {
  return `${finding.ruleId}:${finding.start}:${finding.end}`;
}

export class OverlayController {
  private readonly tracked = new Map<HTMLElement, TrackedField>();
  private readonly states = new Map<HTMLElement, FieldState>();
  private readonly cleanups = new Map<HTMLElement, () => void>();
  private readonly observedDocs = new WeakSet<Document>();
  private readonly observedRoots = new WeakSet<ShadowRoot>();
  private readonly observers: MutationObserver[] = [];
  private readonly ignoredOnce = new Set<string>();
  private readonly dirty = new Set<HTMLElement>();
  private readonly painter = new HighlightPainter();
  private readonly listeners = new Set<() => void>();
  private readonly pointerListeners = new Set<(x: number, y: number) => void>();
  private readonly keyListeners = new Set<(request: FieldKeyRequest) => boolean>();
  private readonly aria = new FieldAria();
  private readonly panelListeners = new Set<() => void>();
  private describe: ((field: TrackedField) => string) | undefined;
  /** The tracked field that has focus or had it last (the panel steps aside from it). */
  activeFieldId: number | undefined;
  private snapshot: OverlaySnapshot = { fields: [], decorations: [], fieldBoxes: new Map(), version: 0 };
  private nextId = 1;
  private frame = 0;
  private layoutWanted = false;
  private eventFlushWanted = false;
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
    this.warmUp();
  }

  /**
   * Loads and compiles the lexicons at idle time after start, so the first audit after a keystroke or
   * a paste does not pay for it (~100–300 ms on one frame otherwise).
   */
  private warmUp(): void {
    const view = this.doc.defaultView;
    // Lexicons and compiled matchers are cached by the audit: auditing one character builds them.
    const run = () => void auditField('最', this.auditOptions('description'));
    if (view && 'requestIdleCallback' in view) view.requestIdleCallback(run, { timeout: 2000 });
    else setTimeout(run, 200);
  }

  stop(): void {
    for (const observer of this.observers) observer.disconnect();
    for (const cleanup of this.cleanups.values()) cleanup();
    this.aria.clearAll();
    this.doc.defaultView?.removeEventListener('resize', this.onViewportChange);
    this.doc.defaultView?.removeEventListener('input', this.onWindowInput);
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

  /** Key requests from page fields (trusted events only); a listener returns true when it acted (the key is then consumed). */
  onFieldKey(listener: (request: FieldKeyRequest) => boolean): () => void {
    this.keyListeners.add(listener);
    return () => this.keyListeners.delete(listener);
  }

  /** Asks the UI to open the findings panel (the manifest command). */
  requestPanel(): void {
    for (const listener of this.panelListeners) listener();
  }

  onPanelRequest(listener: () => void): () => void {
    this.panelListeners.add(listener);
    return () => this.panelListeners.delete(listener);
  }

  /** How a field's findings are described to screen readers (aria-describedby); set by the UI, in its locale. */
  setDescriber(describe: (field: TrackedField) => string): void {
    this.describe = describe;
    for (const element of this.tracked.keys()) this.dirty.add(element);
    this.schedule(true);
  }

  /** Puts focus and the caret back in a field (after a card opened from it closes). */
  refocus(fieldId: number): void {
    this.fieldById(fieldId)?.binding.element.focus({ preventScroll: true });
  }

  updateSettings(settings: AuditSettings): void {
    this.settings = settings;
    for (const [element, state] of this.states) {
      state.auditor.reset();
      this.dirty.add(element);
    }
    this.schedule(true);
  }

  fieldById(id: number): TrackedField | undefined {
    return [...this.tracked.values()].find((field) => field.id === id);
  }

  /** Writes suggestion `index` over the finding's characters and reports what the field shows afterwards. */
  async applyFix(fieldId: number, finding: Finding, index: number): Promise<EditResult> {
    const field = this.fieldById(fieldId);
    if (!field) return { landed: false, reason: 'field-gone', restored: false };
    const planned = applySuggestion(readFieldText(field.binding.element), finding, index);
    if (!planned.ok) return { landed: false, reason: 'text-moved', restored: true };
    return this.edit(field.binding.element, planned.edit);
  }

  /** Inserts text at an offset (a keyword chip of the title coach), through the verified edit path; refuses when the text changed since. */
  async insertAt(fieldId: number, expectedText: string, at: number, text: string): Promise<EditResult> {
    const field = this.fieldById(fieldId);
    if (!field) return { landed: false, reason: 'field-gone', restored: false };
    if (readFieldText(field.binding.element) !== expectedText) return { landed: false, reason: 'text-moved', restored: true };
    return this.edit(field.binding.element, { start: at, end: at, replacement: text });
  }

  /** The seller's keyword list for this platform, for the title coach. */
  get keywords(): readonly { keyword: string; volume: number }[] {
    return this.settings.keywords;
  }

  /** Replaces the whole field text (a drafted variant), through the same verified edit path as fixes. */
  async replaceFieldText(fieldId: number, text: string): Promise<EditResult> {
    const field = this.fieldById(fieldId);
    if (!field) return { landed: false, reason: 'field-gone', restored: false };
    return this.edit(field.binding.element, replaceAllEdit(readFieldText(field.binding.element), text));
  }

  private async edit(element: HTMLElement, edit: Parameters<typeof applyEdit>[1]): Promise<EditResult> {
    const result = await applyEdit(element, edit);
    this.dirty.add(element);
    this.schedule(true);
    if (!element.isConnected) this.scheduleScan();
    return result;
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
    const observer = new MutationObserver((records) => {
      // Typing in a tracked editor is handled by its own observer; only other DOM changes can add or remove fields.
      if (records.every((record) => this.insideTrackedField(record.target))) return;
      this.scheduleScan();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    this.observers.push(observer);
    doc.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    doc.defaultView?.addEventListener('input', this.onWindowInput);
    doc.addEventListener(
      'mousemove',
      (event) => {
        const offset = frameOffset(doc);
        for (const listener of this.pointerListeners) listener(event.clientX + offset.x, event.clientY + offset.y);
      },
      { passive: true },
    );
  }

  /** Open shadow roots (KAT controls render their native input late, inside one): their changes can add fields too. */
  private observeShadowRoots(): void {
    for (const root of openShadowRoots(this.doc)) {
      if (this.observedRoots.has(root)) continue;
      this.observedRoots.add(root);
      const observer = new MutationObserver((records) => {
        if (records.every((record) => this.insideTrackedField(record.target))) return;
        this.scheduleScan();
      });
      observer.observe(root, { childList: true, subtree: true });
      this.observers.push(observer);
    }
  }

  private insideTrackedField(node: Node): boolean {
    for (let current: Node | null = node; current; current = current.parentNode) {
      if (this.tracked.has(current as HTMLElement)) return true;
    }
    return false;
  }

  /** At most one scan per 60 ms, also while the page mutates every frame (a debounce would never fire). */
  private scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, 60);
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
    this.observeShadowRoots();
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
    const auditor = new ChunkedAuditor((text) => auditField(text, this.auditOptions(binding.role === 'title' ? 'description' : binding.role)).findings);
    this.states.set(element, {
      auditor,
      version: 0,
      ranges: [],
      paintedVersion: -1,
      mirror: isTextControl(element) ? new ControlMirror(this.mirrorHost) : undefined,
    });
    const onInput = () => {
      this.dirty.add(element);
      this.schedule(false);
      // A short input or textarea is audited right after the event (once the page's own handlers ran) rather
      // than on the next animation frame, so its underline shows in the frame the keystroke is painted in.
      if (isTextControl(element) && field.text.length <= IMMEDIATE_MAX_CHARS) this.eventFlushWanted = true;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // Page script can dispatch look-alike key events: only the user's own keys open or close cards.
      if (!event.isTrusted) return;
      const request: FieldKeyRequest | null = isCardShortcut(event)
        ? { kind: 'open-at-caret', fieldId: field.id, finding: this.findingAtCaret(element) }
        : event.key === 'Escape'
          ? { kind: 'escape', fieldId: field.id }
          : null;
      if (!request) return;
      let handled = false;
      for (const listener of this.keyListeners) handled = listener(request) || handled;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onFocus = () => {
      this.activeFieldId = field.id;
    };
    element.addEventListener('input', onInput);
    element.addEventListener('focus', onFocus);
    element.addEventListener('keydown', onKeyDown, true);
    element.addEventListener('scroll', this.onViewportChange, { passive: true });
    let observer: MutationObserver | undefined;
    if (!isTextControl(element)) {
      // Editors change their DOM without input events too (toolbar, paste handlers, API calls).
      observer = new MutationObserver(onInput);
      observer.observe(element, { childList: true, subtree: true, characterData: true });
    }
    this.cleanups.set(element, () => {
      element.removeEventListener('input', onInput);
      element.removeEventListener('keydown', onKeyDown, true);
      element.removeEventListener('focus', onFocus);
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
    this.states.get(element)?.mirror?.dispose();
    this.aria.clear(element);
    this.states.delete(element);
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

  /**
   * An input event reaching the window (React and Vue handle it on their root, below it) flushes the
   * fields it dirtied at once. They stay dirty for the next frame too, which catches a value the
   * framework sets later.
   */
  private readonly onWindowInput = () => {
    if (!this.eventFlushWanted) return;
    this.eventFlushWanted = false;
    queueMicrotask(() => {
      const fresh = [...this.dirty];
      this.flush();
      for (const element of fresh) if (this.tracked.has(element)) this.dirty.add(element);
      this.schedule(false);
    });
  };

  private auditOptions(role: FieldBinding['role']) {
    const { locale, allow, customTerms, keywords, extraLexicons, disabledTerms, customChecker } = this.settings;
    return {
      role,
      platform: this.adapter.platform,
      locale,
      allow,
      customTerms,
      keywords,
      extraLexicons,
      ...(disabledTerms ? { disabledTerms } : {}),
      ...(customChecker ? { customChecker } : {}),
    };
  }

  private flush(): void {
    const deadline = performance.now() + AUDIT_BUDGET_MS;
    const unfinished: HTMLElement[] = [];
    let published = false;
    for (const element of this.dirty) {
      const field = this.tracked.get(element);
      const state = this.states.get(element);
      if (!field || !state) continue;
      const editable = isTextControl(element) ? undefined : readEditableText(element);
      const text = editable ? editable.text : readFieldText(element);
      if (field.binding.role === 'title' && text.length <= TITLE_WHOLE_MAX) {
        field.audit = auditField(text, this.auditOptions('title'));
      } else {
        const result = state.auditor.run(text, Math.max(1, deadline - performance.now()));
        if (!result.complete) {
          // Publish nothing until the long text is audited through (a few frames): no per-frame rebuilds.
          unfinished.push(element);
          continue;
        }
        field.audit = { findings: result.findings };
      }
      published = true;
      const textChanged = text !== field.text;
      if (textChanged) field.textHash = hashText(text);
      field.text = text;
      const findings =
        this.ignoredOnce.size === 0 ? field.audit.findings : field.audit.findings.filter((finding) => !this.ignoredOnce.has(this.ignoreKey(field, finding)));
      const findingsChanged = !sameFindings(findings, field.findings);
      field.findings = findings;
      // Editors replace their text nodes without changing the text: ranges are rebuilt on every change of an editable.
      if (textChanged || findingsChanged || editable) {
        state.version += 1;
        if (editable) state.ranges = findings.map((finding) => editable.rangeFor(finding.start, finding.end));
      }
    }
    for (const element of this.dirty) {
      const field = this.tracked.get(element);
      if (field && this.describe) this.aria.set(element, field.findings.length > 0 ? this.describe(field) : null);
    }
    this.dirty.clear();
    for (const element of unfinished) this.dirty.add(element);
    if (published || this.layoutWanted) this.layout();
    this.layoutWanted = false;
    if (unfinished.length > 0) this.schedule(false);
  }

  /** Reads field boxes, writes what changed (mirrors, highlights), then reads only the marks near the viewport. */
  private layout(): void {
    const view = this.doc.defaultView;
    const viewport: Box = { x: 0, y: 0, width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
    const fields = [...this.tracked.values()];
    const fieldBoxes = new Map<number, Box>();
    for (const field of fields) fieldBoxes.set(field.id, fieldBox(field.binding.element));
    for (const field of fields) {
      const element = field.binding.element;
      const state = this.states.get(element)!;
      if (isTextControl(element)) {
        if (field.text.length > MIRROR_MAX_CHARS) state.mirror?.clear();
        else state.mirror?.sync(element, field.findings, state.version);
      } else if (state.paintedVersion !== state.version) {
        state.paintedVersion = state.version;
        this.painter.set(
          field,
          element.ownerDocument,
          field.findings.map((finding, index) => ({ range: state.ranges[index]!, severity: finding.severity })),
        );
      }
    }
    const decorations: Decoration[] = [];
    for (const field of fields) {
      const element = field.binding.element;
      const state = this.states.get(element)!;
      const box = fieldBoxes.get(field.id)!;
      const clip = clipBox(box, viewport);
      if (!clip || field.findings.length === 0) continue;
      const painted = !isTextControl(element);
      const boxesByFinding = new Map<Finding, Box[]>();
      if (isTextControl(element)) {
        for (const [finding, boxes] of state.mirror?.visibleBoxes(element, box, clip) ?? []) boxesByFinding.set(finding, boxes);
      } else {
        for (const [index, boxes] of visibleRangeBoxes(element, state.ranges, clip)) boxesByFinding.set(field.findings[index]!, boxes);
      }
      for (const [finding, raw] of boxesByFinding) {
        const boxes = raw.map((b) => clipBox(b, clip)).filter((b): b is Box => b !== null);
        if (boxes.length > 0) decorations.push({ fieldId: field.id, finding, boxes, paintedInPage: painted });
      }
    }
    fields.sort((a, b) => documentOrder(a.binding.element, b.binding.element));
    this.snapshot = { fields, decorations, fieldBoxes, version: this.snapshot.version + 1 };
    for (const listener of this.listeners) listener();
  }

  /** The finding under the caret (or the selection's start), else the next one after it, else the last. */
  private findingAtCaret(element: HTMLElement): Finding | null {
    const field = this.tracked.get(element);
    const state = this.states.get(element);
    if (!field || !state || field.findings.length === 0) return null;
    if (isTextControl(element)) {
      const caret = element.selectionStart ?? 0;
      return field.findings.find((f) => caret >= f.start && caret <= f.end) ?? field.findings.find((f) => f.start >= caret) ?? field.findings.at(-1)!;
    }
    const selection = element.ownerDocument.defaultView?.getSelection();
    if (!selection || selection.rangeCount === 0) return field.findings[0]!;
    const { startContainer, startOffset } = selection.getRangeAt(0);
    const index = state.ranges.findIndex((range) => range.comparePoint(startContainer, startOffset) <= 0);
    if (index === -1) return field.findings.at(-1)!;
    return field.findings[index]!;
  }

  private ignoreKey(field: TrackedField, finding: Finding): string {
    // Keyed by the words around the hit, so edits elsewhere in the field do not bring it back.
    const before = field.text.slice(Math.max(0, finding.start - 8), finding.start);
    const after = field.text.slice(finding.end, finding.end + 8);
    return `${field.binding.key}|${finding.ruleId}|${before}[${finding.match}]${after}`;
  }
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((finding, index) => findingKey(finding) === findingKey(b[index]!) && finding.severity === b[index]!.severity);
}

function documentOrder(a: HTMLElement, b: HTMLElement): number {
  if (a.ownerDocument !== b.ownerDocument) return a.ownerDocument === document ? -1 : 1;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
