/** Length and tag helpers shared by the Chinese and English offline drafters. */

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function fitHeadline(preferred: string, name: string, max: number): string {
  if (preferred.length <= max) return preferred;
  if (name.length <= max) return name;
  return name.slice(0, max);
}

/** Cuts at the last sentence end that fits, so a body never stops mid-sentence when it can help it. */
export function fitLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(...['。', '！', '？', '\n', '. ', '～'].map((mark) => cut.lastIndexOf(mark)));
  return end > max / 2 ? cut.slice(0, end + 1).trimEnd() : cut;
}

/** `#tag` per candidate, spaces removed inside a tag (a phrase stays one tag), no duplicates. */
export function hashtagsFor(candidates: readonly string[], count: number): string[] {
  const tags = candidates.map((tag) => `#${tag.replace(/[#\s]+/g, '')}`).filter((tag) => tag.length > 1);
  return [...new Set(tags)].slice(0, count);
}

/** Keywords the name does not already contain, each kept whole (a phrase is one keyword). */
export function uniqueKeywords(keywords: readonly string[], name: string): string[] {
  const lower = name.toLowerCase();
  return keywords.filter((keyword) => !lower.includes(keyword.toLowerCase()));
}

/**
 * Seller keywords from a text box: split on commas, 、, semicolons and new lines only,
 * so an English phrase ("water bottle") stays one keyword.
 */
export function parseKeywords(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；\n]+/)
        .map((word) => word.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ];
}
