/**
 * Card and panel placement with @floating-ui/dom: flip to the other side when there is no room,
 * shift along the edge, shrink to the space available, and (panel) step aside from the field
 * being edited, so neither covers the hit's line nor the field.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { autoUpdate, computePosition, flip, offset, shift, size, type Middleware, type Placement } from '@floating-ui/dom';
import type { Box } from '@/lib/dom/textRects';

export interface FloatingPosition {
  left: number;
  top: number;
  maxHeight: number;
}

const virtual = (box: Box) => ({
  getBoundingClientRect: () => ({
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    left: box.x,
    top: box.y,
    right: box.x + box.width,
    bottom: box.y + box.height,
  }),
});

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Moves the floating box beside `avoid` (right, else left) when it would cover it. */
function avoidBox(avoid: Box | undefined): Middleware {
  return {
    name: 'avoidBox',
    fn({ x, y, rects }) {
      if (!avoid) return {};
      const own = { x, y, width: rects.floating.width, height: rects.floating.height };
      if (!overlaps(own, avoid)) return {};
      const right = avoid.x + avoid.width + 8;
      if (right + own.width <= window.innerWidth - 8) return { x: right };
      const left = avoid.x - own.width - 8;
      if (left >= 8) return { x: left };
      return {};
    },
  };
}

export function useFloating(ref: RefObject<HTMLElement | null>, anchor: Box | null, placement: Placement, avoid?: Box): FloatingPosition | null {
  const [position, setPosition] = useState<FloatingPosition | null>(null);
  const key = anchor ? `${anchor.x},${anchor.y},${anchor.width},${anchor.height}|${avoid ? `${avoid.x},${avoid.y},${avoid.width},${avoid.height}` : ''}` : '';
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !anchor) return;
    let stale = false;
    const reference = virtual(anchor);
    const update = () => {
      let maxHeight = window.innerHeight - 16;
      void computePosition(reference, element, {
        strategy: 'fixed',
        placement,
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              maxHeight = Math.max(120, availableHeight);
            },
          }),
          avoidBox(avoid),
        ],
      }).then(({ x, y }) => {
        if (stale) return;
        const next = { left: Math.round(x), top: Math.round(y), maxHeight: Math.round(maxHeight) };
        setPosition((current) => (current && current.left === next.left && current.top === next.top && current.maxHeight === next.maxHeight ? current : next));
      });
    };
    // Re-placed when the floating box changes size (review mode, a longer message) or the window resizes.
    const stop = autoUpdate(reference, element, update, { ancestorScroll: false, ancestorResize: true, elementResize: true, layoutShift: false });
    return () => {
      stale = true;
      stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, placement]);
  return position;
}
