/** Core types shared by the audit, the overlay, the drafter and the CLI. Shapes that cross a boundary live in lib/contracts. */
export { SEVERITIES, severityRank, type Finding, type Severity } from './contracts/finding';

/** Platforms the audit knows rules for; 'generic' is any page the user enables. */
export const PLATFORMS = ['taobao', 'tmall', 'jd', 'pdd', 'douyin', 'amazon', 'shopify', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];
