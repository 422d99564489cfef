import { adapterForUrl } from '@/lib/sites';
import { crossOriginEditorFrames, frameReportSchema, type FrameReport, type FrameSurface } from '@/lib/sites/frameSurfaces';

/**
 * The top frame's view of the cross-origin editor frames (lib/sites/frameSurfaces.ts): which ones
 * their own instance audits (with its count) and which ones cannot be audited. For useSyncExternalStore.
 */
export class FrameSurfaceStore {
  private readonly listeners = new Set<() => void>();
  private readonly reports = new WeakMap<Window, FrameReport>();
  private snapshot: readonly FrameSurface[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;

  private readonly onMessage = (event: MessageEvent) => {
    const source = event.source as Window | null;
    // Only a child frame of this page, from an origin a platform adapter claims, with a well-formed report.
    const frame = crossOriginEditorFrames(document).find((candidate) => candidate.frame.contentWindow === source);
    if (!frame || !source || event.origin !== frame.origin) return;
    if (!adapterForUrl(new URL(event.origin), [])) return;
    const parsed = frameReportSchema.safeParse(event.data);
    if (!parsed.success) return;
    this.reports.set(source, parsed.data);
    this.refresh();
  };

  start(): void {
    window.addEventListener('message', this.onMessage);
    this.refresh();
    // Frames come and go with the form; a second is soon enough for a panel line.
    this.timer = setInterval(() => this.refresh(), 1000);
  }

  stop(): void {
    window.removeEventListener('message', this.onMessage);
    clearInterval(this.timer);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly FrameSurface[] => this.snapshot;

  private refresh(): void {
    const next = crossOriginEditorFrames(document).map(({ frame, origin, label }): FrameSurface => {
      const report = frame.contentWindow ? this.reports.get(frame.contentWindow) : undefined;
      return report ? { origin, label, state: 'audited', findings: report.findings } : { origin, label, state: 'unreadable', findings: 0 };
    });
    if (JSON.stringify(next) === JSON.stringify(this.snapshot)) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

/** In a cross-origin frame: tells the parent how many fields and findings this frame's overlay has (counts only). */
export function reportToParent(counts: () => { fields: number; findings: number }): () => void {
  // The parent's origin: Chromium gives it; elsewhere the report is not sent (the frame's own overlay still works).
  const parentOrigin = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins?.[0];
  if (!parentOrigin) return () => undefined;
  // Sent every second, not only on change: the parent's listener may start after this frame loaded.
  const send = () => {
    const report: FrameReport = { source: 'listinglint', type: 'frame-report', ...counts() };
    window.parent.postMessage(report, parentOrigin);
  };
  send();
  const timer = setInterval(send, 1000);
  return () => clearInterval(timer);
}
