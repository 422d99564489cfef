// The extension API as seen from an extension page in page.evaluate (runs in the browser, not Node).
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
