/** Compares two `major.minor.patch` versions: negative, 0 or positive like a sort comparator. */
export function compareSemver(a: string, b: string): number {
  const pa = parseSemver(a);
  const pb = parseSemver(b);
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

function parseSemver(version: string): number[] {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  if (!match) throw new Error(`not a semantic version: "${version}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}
