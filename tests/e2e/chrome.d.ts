// The extension API as seen from an extension page in page.evaluate (runs in the browser, not Node).
interface ChromeStorageArea {
  get(keys?: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown>; lastError?: { message?: string } };
  contextMenus: { update(id: string, properties: Record<string, unknown>, done: () => void): void };
  tabs: { query(query: Record<string, unknown>): Promise<{ id?: number; url?: string }[]> };
  storage: { local: ChromeStorageArea; session: ChromeStorageArea };
};
