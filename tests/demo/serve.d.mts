export declare const DEMO_DIST: string;
export declare class DemoPortError extends Error {}
export declare class DemoBuildError extends Error {}
export declare function buildDemoPages(): void;
export declare function parsePort(value: string): number;
export declare function startDemoServer(options?: {
  port?: number;
  host?: string;
  fallback?: boolean;
}): Promise<{ origin: string; port: number; movedFrom?: number; close: () => Promise<void> }>;
