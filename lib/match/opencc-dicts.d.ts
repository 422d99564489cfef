// opencc-js ships its per-dictionary modules ("opencc-js/dict/*") without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  /** "繁 简|…" pairs, one code point each side. */
  const dict: string;
  export default dict;
}
