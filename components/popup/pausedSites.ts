/**
 * Sites the user paused from the popup, by origin ('https://seller.jd.com'). On a paused site the
 * content script mounts nothing, built-in seller sites included.
 */
export const pausedOrigins = storage.defineItem<string[]>('local:pausedOrigins', { fallback: [] });

export function isPaused(paused: readonly string[], origin: string): boolean {
  return paused.includes(origin);
}

/** The list with `origin` paused or resumed; the order of the others is kept. */
export function withPause(paused: readonly string[], origin: string, pause: boolean): string[] {
  const others = paused.filter((value) => value !== origin);
  return pause ? [...others, origin] : others;
}

/**
 * "Enable on this site" in progress: written by the popup just before it asks for the permission,
 * finished by the background when the permission arrives (permissions.onAdded). Firefox may close
 * the popup while its permission prompt is open, so the popup cannot finish it itself.
 */
export interface PendingSiteEnable {
  origin: string;
  tabId?: number;
  error?: string;
}
export const pendingSiteEnable = storage.defineItem<PendingSiteEnable | null>('local:pendingSiteEnable', { fallback: null });
