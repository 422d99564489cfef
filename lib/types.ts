/** Core types shared by the audit, the overlay, the drafter and the CLI. Shapes that cross a boundary live in lib/contracts. */
export { SEVERITIES, severityRank, type Finding, type Severity } from './contracts/finding';

/** Platforms the audit knows rules for, from the registry; 'generic' is any page the user enables. */
export { PLATFORMS, type Platform } from './platforms/registry';
