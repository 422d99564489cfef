export declare const ROOT: string;
export declare function importGraph(entry: string): { files: string[]; packages: Map<string, string[]> };
export declare function contentScriptModules(): string[];
