import { PLATFORMS, type Platform } from '@/lib/types';

/** The longest selection checked; a longer one is cut here and the page says so. */
export const MAX_SELECTION_CHARS = 20_000;

export interface PendingSelection {
  text: string;
  platform: Platform;
  truncated: boolean;
}

/**
 * Selections sent from the context menu to the selection page, by id. Session storage: kept out of
 * the page's URL and history, readable by extension pages only, gone when the browser closes.
 */
const pendingSelections = storage.defineItem<Record<string, PendingSelection>>('session:pendingSelections', { fallback: {} });

const KEEP = 5;

export async function putSelection(text: string, platform: Platform): Promise<string> {
  const id = crypto.randomUUID();
  const entry: PendingSelection = { text: text.slice(0, MAX_SELECTION_CHARS), platform, truncated: text.length > MAX_SELECTION_CHARS };
  const kept = Object.entries(await pendingSelections.getValue()).slice(-(KEEP - 1));
  await pendingSelections.setValue({ ...Object.fromEntries(kept), [id]: entry });
  return id;
}

export async function getSelection(id: string): Promise<PendingSelection | undefined> {
  const entry = (await pendingSelections.getValue())[id];
  if (!entry || typeof entry.text !== 'string' || !PLATFORMS.includes(entry.platform)) return undefined;
  return entry;
}
