export declare const CHROMIUM_NAMES: string[];
export declare const DEBIAN_CHROMIUM: string;
export type ChromiumLookup = { ok: true; path: string; source: string } | { ok: false; reason: 'bad-env' | 'missing'; message: string };
export declare function findChromium(options?: { env?: Record<string, string | undefined>; executable?: (file: string) => boolean }): ChromiumLookup;
export declare function aptDistribution(osRelease: string): 'debian' | 'ubuntu' | null;
export declare function ensureChromium(options?: {
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
}): { ok: true; path: string } | { ok: false; message: string };
