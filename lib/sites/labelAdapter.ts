import type { PlatformDefinition } from '../platforms/definition';
import type { Platform } from '../types';
import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { claimsPlatformUrl } from './urls';

/**
 * The adapter of a platform that has no hand-written one: its fields by their row labels
 * (the registry's `fieldLabels`), plus the words-based guess for recognised fields.
 */
export function labelAdapter(definition: PlatformDefinition<Platform>): SiteAdapter {
  const locators = (definition.fieldLabels ?? []).map(({ role, key, label }) => ({ role, key, label }));
  return {
    id: definition.id,
    platform: definition.id,
    name: definition.backOffice,
    targets: `${definition.backOffice.en}: fields by row label (${locators.map((locator) => locator.key).join(', ') || 'words-based guess only'})`,
    claims: (url) => claimsPlatformUrl(definition, url),
    findFields: (doc) => locateFields(doc, locators, 'recognized'),
  };
}
