/** A/B labels for the variants of one draft: A, B, C… */
export const variantLabel = (index: number): string => String.fromCharCode(65 + index);
