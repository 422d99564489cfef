import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import { PLATFORM_DEFINITIONS, PLATFORMS } from '@/lib/platforms/registry';
import { PLATFORM_LABELS, PLATFORM_RULES } from '@/lib/platforms/rules';
import { claimsSellerUrl } from '@/lib/platforms/definition';
import { COPY_PLATFORMS } from '@/lib/draft/vocabulary';
import { ADAPTERS, adapterForUrl } from '@/lib/sites';
import { SELLER_PAGE_MATCHES } from '@/lib/sites/matches';

const inManifest = (url: string) => SELLER_PAGE_MATCHES.some((pattern) => new MatchPattern(pattern).includes(url));

// Refined GitHub's features test is the model: every entry is complete, and what derives from it agrees.
describe.each(PLATFORM_DEFINITIONS.map((definition) => [definition.id, definition] as const))('platform %s', (id, definition) => {
  it('has labels, a back-office name and a copy format', () => {
    for (const name of [definition.label, definition.backOffice]) {
      expect(name.zh.trim()).not.toBe('');
      expect(name.en.trim()).not.toBe('');
      expect(name.en).not.toMatch(/\p{Script=Han}/u);
    }
    expect(COPY_PLATFORMS).toContain(definition.copyFormat);
  });

  it('has title rules with a limit, an ideal length within it and a dated source', () => {
    const rules = PLATFORM_RULES[id];
    expect(rules.platform).toBe(id);
    expect(rules.limit).toBeGreaterThan(0);
    expect(rules.idealMin).toBeLessThanOrEqual(rules.limit);
    expect(rules.source.length).toBeGreaterThan(10);
    expect(rules.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(PLATFORM_LABELS[id]).toEqual(definition.label);
  });

  it('has an adapter, listed once', () => {
    expect(ADAPTERS.filter((adapter) => adapter.platform === id)).toHaveLength(1);
  });

  if (definition.sellerSites.length > 0) {
    it('names sample seller URLs, each claimed by its adapter and matched by the manifest', () => {
      expect(definition.samples.claimed.length).toBeGreaterThan(0);
      for (const url of definition.samples.claimed) {
        expect(adapterForUrl(new URL(url), [])?.platform, url).toBe(id);
        expect(inManifest(url), url).toBe(true);
      }
    });

    it('claims none of its buyer-side or look-alike sample URLs', () => {
      for (const url of definition.samples.notClaimed) expect(adapterForUrl(new URL(url), [])?.platform, url).not.toBe(id);
    });

    it('declares only seller sites that the manifest covers', () => {
      for (const site of definition.sellerSites) {
        const sample = `https://${site.host.replace(/^\*\./, 'sub.')}${(site.path ?? '/*').replace(/\*$/, 'page')}`;
        if (!claimsSellerUrl({ ...definition, sellerSites: [{ ...site, refine: undefined }] }, new URL(sample)))
          throw new Error(`${sample} is not claimed by its own site entry`);
        expect(inManifest(sample), sample).toBe(true);
      }
    });
  }
});

describe('the registry', () => {
  it('lists each platform once, generic last', () => {
    expect(new Set(PLATFORMS).size).toBe(PLATFORMS.length);
    expect(PLATFORMS.at(-1)).toBe('generic');
  });

  it('gives every adapter a registered platform', () => {
    for (const adapter of ADAPTERS) expect(PLATFORMS).toContain(adapter.platform);
  });

  it('never claims a URL for two platforms', () => {
    for (const definition of PLATFORM_DEFINITIONS)
      for (const url of definition.samples.claimed) {
        const claimants = ADAPTERS.filter((adapter) => adapter.platform !== 'generic' && adapter.claims(new URL(url)));
        expect(
          claimants.map((adapter) => adapter.platform),
          url,
        ).toEqual([definition.id]);
      }
  });

  it('claims no plain-http seller page: only the loopback demo is http', () => {
    expect(adapterForUrl(new URL('http://item.publish.taobao.com/sell/publish.htm'), [])).toBeNull();
    expect(SELLER_PAGE_MATCHES.filter((pattern) => pattern.startsWith('http:')).every((pattern) => /^http:\/\/(127\.0\.0\.1|localhost)\//.test(pattern))).toBe(
      true,
    );
  });
});
