// fastscan ships no types: the two calls the benchmark makes.
declare module 'fastscan' {
  export default class FastScanner {
    constructor(words: string[]);
    /** Every occurrence as [offset, word]. */
    search(content: string, options?: { quick?: boolean; longest?: boolean }): Array<[number, string]>;
    hits(content: string, options?: { quick?: boolean; longest?: boolean }): Record<string, number>;
  }
}
