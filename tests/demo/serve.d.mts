export declare const DEMO_DIST: string;
export declare function buildDemoPages(): void;
export declare function startDemoServer(options?: { port?: number; host?: string }): Promise<{ origin: string; close: () => Promise<void> }>;
