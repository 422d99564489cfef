import * as z from 'zod/mini';
import { isHidden } from './editable';
import { frameDocument } from './frames';
import { FORM_ROW_SELECTOR, formRowLabel } from './labels';
import { closestComposed } from './shadow';

/**
 * Editors the page loads from another origin (Taobao's 旺铺/神笔 and mobile detail editors come from
 * sell.xiangqing.taobao.com): the top frame cannot read them. Where the content script also runs in
 * such a frame (its origin is claimed), that instance audits it and reports its counts to the parent
 * with `frameReportSchema`; any other such frame is listed as a surface that cannot be audited.
 */

/** What a frame's instance tells its parent: counts only, never page text. */
export const frameReportSchema = z.strictObject({
  source: z.literal('listinglint'),
  type: z.literal('frame-report'),
  fields: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
  findings: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
});
export type FrameReport = z.infer<typeof frameReportSchema>;

export interface EditorFrame {
  frame: HTMLIFrameElement;
  /** Origin of the frame's src, e.g. 'https://sell.xiangqing.taobao.com'. */
  origin: string;
  /** The form row's label (宝贝详情), else the iframe's title. */
  label: string;
}

/** A cross-origin editor frame as the panel lists it. */
export interface FrameSurface {
  origin: string;
  label: string;
  /** 'audited': its own instance reported; 'unreadable': nothing can audit it. */
  state: 'audited' | 'unreadable';
  findings: number;
}

/** Visible iframes of `doc` inside a form row whose document this frame cannot read, in document order. */
export function crossOriginEditorFrames(doc: Document): EditorFrame[] {
  const found: EditorFrame[] = [];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe[src]')) {
    if (frameDocument(frame) || isHidden(frame) || !closestComposed(frame, FORM_ROW_SELECTOR)) continue;
    let origin: string;
    try {
      const url = new URL(frame.getAttribute('src') ?? '', doc.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
      origin = url.origin;
    } catch {
      continue;
    }
    found.push({ frame, origin, label: formRowLabel(frame) || frame.getAttribute('title') || '' });
  }
  return found;
}
