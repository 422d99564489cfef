import ReactDOM from 'react-dom/client';
import { OverlayController, type AuditSettings } from '@/lib/dom/overlay/controller';
import { OverlayRoot } from '@/components/overlay/OverlayRoot';
import { dataVersion, enabledOrigins, localePreference } from '@/components/settingsStorage';
import type { ResponseOf } from '@/lib/messages';
import { resolveLocale } from '@/lib/i18n';
import { adapterForUrl, type SiteAdapter } from '@/lib/sites';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SELLER_PAGE_MATCHES } from '@/lib/sites/matches';
import { acceptOnlyTrustedEvents } from './trustedEvents';
import { FrameSurfaceStore, reportToParent } from './frameSurfaces';
import { loadShippedRules, TERM_PAGE, withLargeTermList, withPatternEngine, type TermListInfo } from './rules';
import { OPEN_PANEL } from '@/lib/contracts/commands';
import { answerTabState, tabStateOf } from '@/components/popup/contentBridge';
import { isPaused, pausedOrigins } from '@/components/popup/pausedSites';
import './style.css';

/** A frame runs its own overlay only when its parent is another origin (a cross-origin editor frame); same-origin frames are read by the parent's overlay. */
function parentIsCrossOrigin(): boolean {
  if (window === window.top) return false;
  try {
    return !window.parent.document;
  } catch {
    return true;
  }
}

export default defineContentScript({
  matches: [...SELLER_PAGE_MATCHES],
  // Editor frames from another origin (sell.xiangqing.taobao.com inside the publish page) get their own instance.
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // The script can arrive twice (manifest match + a site the user enabled); run once per page.
    const marker = globalThis as { __listinglintLoaded?: boolean };
    if (marker.__listinglintLoaded) return;
    marker.__listinglintLoaded = true;
    const inFrame = window !== window.top;
    if (inFrame && !parentIsCrossOrigin()) return;

    let mounted: { adapterId: string; dispose: () => void } | null = null;
    let picking = Promise.resolve();
    // SPA navigation (pushState/replaceState, hash changes) can move the page to another back office
    // or out of it: re-pick the adapter; a new adapter gets a fresh overlay that rescans the page.
    const pick = () =>
      (picking = picking.then(async () => {
        const adapter = adapterForUrl(new URL(location.href), await enabledOrigins.getValue());
        if (adapter?.id === mounted?.adapterId) return;
        mounted?.dispose();
        mounted = adapter ? { adapterId: adapter.id, dispose: await mountOverlay(ctx, adapter, { inFrame, rulesReady: loadShippedRules() }) } : null;
      }));
    await pick();
    watchUrl(ctx, () => void pick());
  },
});

/** Calls `onChange` after same-document navigations: the Navigation API where there is one, WXT's location poll otherwise. */
function watchUrl(ctx: ContentScriptContext, onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.addEventListener(navigation, 'currententrychange', check);
  ctx.addEventListener(window, 'wxt:locationchange', check);
  ctx.addEventListener(window, 'popstate', check);
  ctx.addEventListener(window, 'hashchange', check);
}

async function mountOverlay(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  // The shipped lexicons are not in this bundle: the background hands them over (once per page, memoised).
  { inFrame, rulesReady }: { inFrame: boolean; rulesReady: Promise<unknown> },
): Promise<() => void> {
  let termList: TermListInfo = {};
  const readSettings = async (): Promise<AuditSettings> => {
    // The background owns the database; an unanswered request still leaves the shipped rules working.
    const context = (await browser.runtime
      .sendMessage({ type: 'getAuditContext', platform: adapter.platform, termPage: TERM_PAGE })
      .catch(() => null)) as ResponseOf<'getAuditContext'> | null;
    termList = context?.ok ? { key: context.customTermsKey, count: context.customTermCount } : {};
    return withPatternEngine({
      locale: resolveLocale(await localePreference.getValue(), navigator.languages),
      allow: context?.ok ? context.allow : [],
      customTerms: context?.ok ? context.customTerms : [],
      keywords: context?.ok ? context.keywords : [],
      extraLexicons: context?.ok ? context.lexicons : [],
      disabledTerms: context?.ok ? context.disabledTerms : [],
    });
  };

  // Paused from the popup: mount nothing until resumed; the popup can still ask what this page is.
  let paused = isPaused(await pausedOrigins.getValue(), location.origin);
  let mountedController: OverlayController | undefined;
  let mountedOnce = false;
  // The popup asks the tab (all its frames): only the top frame answers.
  const stopAnswering = inFrame ? () => undefined : answerTabState(() => tabStateOf(adapter, paused, mountedController?.getSnapshot()));
  const [firstSettings] = await Promise.all([readSettings(), rulesReady]);
  // A large own-term list compiles between the page's tasks; the controller gets it once ready.
  let controllerNow: OverlayController | undefined;
  let latestSettings: AuditSettings | undefined;
  const applySettings = (settings: AuditSettings) => {
    latestSettings = settings;
    controllerNow?.updateSettings(settings);
  };
  const initialSettings = withLargeTermList(firstSettings, termList, applySettings);
  const createUi = (name: string) =>
    createShadowRootUi(ctx, {
      name,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container, shadow, host) {
        host.setAttribute('data-ll-host', '');
        const untrustedGuard = acceptOnlyTrustedEvents(shadow);
        const mirrorHost = document.createElement('div');
        mirrorHost.className = 'll-mirror-host';
        container.append(mirrorHost);
        const controller = new OverlayController(adapter, document, mirrorHost, latestSettings ?? initialSettings);
        controllerNow = controller;
        const refresh = async () => {
          const settings = await readSettings();
          applySettings(withLargeTermList(settings, termList, applySettings));
        };
        const unwatch = [dataVersion.watch(refresh), localePreference.watch(refresh), untrustedGuard];
        // Cross-origin editor frames: the top frame lists them in its panel; a frame reports its counts to its parent.
        const frames = new FrameSurfaceStore();
        if (inFrame) {
          const snapshotCounts = () => {
            const { fields } = controller.getSnapshot();
            return { fields: fields.length, findings: fields.reduce((sum, field) => sum + field.findings.length, 0) };
          };
          unwatch.push(reportToParent(snapshotCounts));
        } else {
          frames.start();
          unwatch.push(() => frames.stop());
        }
        const appRoot = document.createElement('div');
        container.append(appRoot);
        const root = ReactDOM.createRoot(appRoot);
        root.render(
          <OverlayRoot
            controller={controller}
            frames={frames}
            onAllowTerm={(term, allPlatforms) => void browser.runtime.sendMessage({ type: 'allowTerm', phrase: term, allPlatforms })}
          />,
        );
        controller.start();
        // Resumed after a pause: settings may have changed meanwhile.
        if (mountedOnce) void refresh();
        mountedOnce = true;
        mountedController = controller;
        // The manifest command, relayed by the background (never by the page: sender is this extension, not a tab).
        const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
          if (sender.id === browser.runtime.id && !sender.tab && (message as { type?: unknown } | null)?.type === OPEN_PANEL) controller.requestPanel();
        };
        browser.runtime.onMessage.addListener(onMessage);
        unwatch.push(() => browser.runtime.onMessage.removeListener(onMessage));
        return { root, controller, unwatch };
      },
      onRemove(mounted) {
        mountedController = undefined;
        controllerNow = undefined;
        mounted?.controller.stop();
        mounted?.unwatch.forEach((stop) => stop());
        mounted?.root.unmount();
      },
    });
  // A page can define a custom element under our name that takes the shadow root first: then mount
  // under a name it cannot have guessed. The run-once guard above is a global of this isolated world.
  const ui = await createUi('listinglint-overlay').catch(() => createUi(`listinglint-overlay-${crypto.randomUUID().slice(0, 8)}`));
  if (!paused) ui.mount();
  const unwatchPause = pausedOrigins.watch((value) => {
    const nowPaused = isPaused(value ?? [], location.origin);
    if (nowPaused === paused) return;
    paused = nowPaused;
    if (paused) {
      ui.remove();
      void browser.runtime.sendMessage({ type: 'findingCounts', counts: { error: 0, warning: 0, info: 0 } }).catch(() => undefined);
    } else ui.mount();
  });
  return () => {
    unwatchPause();
    stopAnswering();
    ui.remove();
  };
}
