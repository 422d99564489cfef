// zod/mini: this schema is parsed in the content script, which keeps full zod out of its bundle.
import * as z from 'zod/mini';
import { PLATFORMS } from './types';

/**
 * The popup asks the content script of the active tab what it sees (browser.tabs.sendMessage);
 * both sides parse what they receive with these schemas.
 */
export const tabStateRequestSchema = z.strictObject({ type: z.literal('listinglint:tabState') });
export type TabStateRequest = z.infer<typeof tabStateRequestSchema>;

const count = z.number().check(z.int(), z.minimum(0));

export const tabStateSchema = z.strictObject({
  platform: z.enum(PLATFORMS),
  siteName: z.object({ zh: z.string(), en: z.string() }),
  /** Paused for this site: the content script mounted nothing. */
  paused: z.boolean(),
  fieldCount: count,
  counts: z.object({ error: count, warning: count, info: count }),
});
export type TabState = z.infer<typeof tabStateSchema>;

/** The popup's reading of a content script's answer: the state, or null when there is no (valid) answer. */
export function parseTabState(raw: unknown): TabState | null {
  const result = tabStateSchema.safeParse(raw);
  return result.success ? result.data : null;
}
