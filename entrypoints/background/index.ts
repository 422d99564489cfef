import { migrateSecrets, providerConfig, withoutSecrets } from '@/components/secretStorage';
import { enabledOrigins } from '@/components/settingsStorage';
import { testConnection } from '@/lib/draft';
import { allowTerm, auditCached, auditContext, database, dexieDraftCache, refreshAllSubscriptions } from './storage';
import { decisionInputSchema, decisionsForText, saveDecision } from '@/lib/db';
import { listenForDrafts } from './drafting';
import { listenForImageScans } from './ocr';
import { OPEN_PANEL, overlaySenderPlatform, samePage } from './overlaySender';
import { setUpContextMenu } from './contextMenu';
import { pagedTerms, termsPage } from './termPages';
import { openOnboardingOnInstall } from './welcome';
import { enableSiteOnce, enableSitesOnGrant } from './siteEnableOnGrant';
import { disableSite } from './siteAccess';
import { shippedLexicons, shippedSources } from '@/lib/lexicon/shipped';
import { shippedPatterns } from '@/lib/compliance';
import { parseRequest, senderAllowed, type ErrorResponse, type Request, type ResponseOf } from '@/lib/messages';

type Handlers = { [T in Request['type']]: (request: Extract<Request, { type: T }>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<T>> };

/** The platform of the overlay that sent a message; throws when it is not our content script on a page we serve. */
async function senderPlatform(sender: Browser.runtime.MessageSender) {
  const platform = overlaySenderPlatform(sender, browser.runtime.id, await enabledOrigins.getValue());
  if (!platform) throw new Error('not accepted from this sender');
  return platform;
}

const handlers: Handlers = {
  ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
  contentReady: async () => ({ ok: true }),
  enableSite: async ({ origin, tabId }) => ({ ok: true, origins: await enableSiteOnce(origin, tabId) }),
  disableSite: async ({ origin }) => ({ ok: true, origins: await disableSite(origin) }),
  testConnection: async (_request) => {
    const locale = (await browser.storage.local.get('localePreference')).localePreference === 'en' ? 'en' : 'zh-CN';
    const result = await testConnection(await providerConfig.getValue());
    if (!result.ok) throw new Error(result.error.localized(locale));
    return { ok: true, model: result.model, latencyMs: result.latencyMs };
  },
  getAuditContext: async ({ platform, termPage }) => {
    const context = await auditContext(platform);
    if (termPage === undefined) return { ok: true, ...context };
    const paged = pagedTerms(context.customTerms, context.allow, termPage);
    return { ok: true, ...context, customTerms: paged.first, customTermCount: paged.count, customTermsKey: paged.key };
  },
  customTermsPage: async ({ key, offset, limit }) => ({ ok: true, terms: termsPage(key, offset, limit) as ResponseOf<'customTermsPage'>['terms'] }),
  // The content script bundles no lexicons: it asks once per tab for the ones loaded and vetted here.
  shippedRules: async () => ({ ok: true, lexicons: shippedLexicons(), patterns: shippedPatterns(), sources: shippedSources() }),
  loadPatternEngine: async (_request, sender) => {
    await senderPlatform(sender);
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('loadPatternEngine: only a seller page needs the pattern engine');
    // Into the overlay's isolated world (the default world), never the page's.
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/pattern-engine.js'] });
    return { ok: true };
  },
  allowTerm: async ({ phrase, platform, allPlatforms }, sender) => {
    if (sender.tab) {
      // From a seller page: scoped to that page's platform unless the user chose all platforms.
      const from = await senderPlatform(sender);
      if (platform && platform !== from) throw new Error('allowTerm: platform does not match the sending page');
      await allowTerm(phrase, allPlatforms ? undefined : from);
    } else await allowTerm(phrase, allPlatforms ? undefined : platform);
    return { ok: true };
  },
  saveDecision: async ({ decision }, sender) => {
    if (sender.tab) {
      await senderPlatform(sender);
      if (!samePage(decision.pageUrl, sender)) throw new Error('saveDecision: pageUrl is not the sending page');
    }
    return { ok: true, id: (await saveDecision(await database(), decisionInputSchema.parse(decision))).id };
  },
  decisionsForTexts: async ({ textHashes }) => {
    const db = await database();
    const decisions = (await Promise.all([...new Set(textHashes)].map((hash) => decisionsForText(db, hash)))).flat();
    return {
      ok: true,
      decisions: decisions.map(({ id, field, textHash, ruleId, start, end, decision, note, decidedAt }) => ({
        id,
        field,
        textHash,
        ruleId,
        start,
        end,
        decision,
        note,
        decidedAt,
      })),
    };
  },
  auditCached: async ({ text, role, platform }) => ({ ok: true, ...(await auditCached(text, role, platform)) }),
  findingCounts: async ({ counts }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const total = counts.error + counts.warning;
      // Firefox's Manifest V2 build has browserAction, not action.
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' });
      await action.setBadgeBackgroundColor({ tabId, color: counts.error > 0 ? '#e5484d' : '#f5a524' });
    }
    return { ok: true };
  },
};

export default defineBackground(() => {
  void migrateSecrets().catch(async (error: unknown) => console.warn('[ListingLint] could not move the saved API key:', await withoutSecrets(String(error))));
  listenForDrafts(dexieDraftCache);
  listenForImageScans();
  setUpContextMenu();
  openOnboardingOnInstall();
  enableSitesOnGrant();
  const SUBSCRIPTIONS_ALARM = 'refresh-lexicon-subscriptions';
  void browser.alarms.get(SUBSCRIPTIONS_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SUBSCRIPTIONS_ALARM, { periodInMinutes: 12 * 60, delayInMinutes: 1 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SUBSCRIPTIONS_ALARM) void refreshAllSubscriptions();
  });
  browser.commands?.onCommand.addListener((command) => {
    if (command !== 'open-findings-panel') return;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, { type: OPEN_PANEL }, { frameId: 0 }).catch(() => undefined);
    });
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const parsed = parseRequest(raw);
    if (!parsed.ok) {
      console.warn('[ListingLint] rejected message:', parsed.error);
      sendResponse({ ok: false, error: parsed.error } satisfies ErrorResponse);
      return false;
    }
    if (!senderAllowed(parsed.request.type, sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      sendResponse({ ok: false, error: `${parsed.request.type} is not accepted from this sender` } satisfies ErrorResponse);
      return false;
    }
    const handler = handlers[parsed.request.type] as (r: Request, s: typeof sender) => Promise<unknown>;
    handler(parsed.request, sender).then(sendResponse, async (error: unknown) =>
      // Upstream errors can quote the API key: it never leaves the background.
      sendResponse({ ok: false, error: await withoutSecrets(error instanceof Error ? error.message : String(error)) } satisfies ErrorResponse),
    );
    return true;
  });
});
