import { putSelection } from '@/components/onboarding/selectionStore';
import { enabledOrigins, localePreference } from '@/components/settingsStorage';
import { resolveLocale, translator } from '@/lib/i18n';
import { adapterForUrl } from '@/lib/sites';
import type { Platform } from '@/lib/types';

const MENU_ID = 'listinglint-check-selection';

async function menuTitle(): Promise<string> {
  return translator(resolveLocale(await localePreference.getValue(), [browser.i18n.getUILanguage()]))('menu.checkSelection');
}

/** The platform whose rules apply on the page the text was selected on (any other page: generic rules). */
async function platformOf(pageUrl: string | undefined): Promise<Platform> {
  if (!pageUrl || !/^https?:/.test(pageUrl)) return 'generic';
  return adapterForUrl(new URL(pageUrl), await enabledOrigins.getValue())?.platform ?? 'generic';
}

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title: await menuTitle(), contexts: ['selection'] });
}

/** Opens the findings for a selection in a small extension window (a tab where windows cannot be created). */
export async function checkSelection(text: string, pageUrl: string | undefined): Promise<void> {
  const id = await putSelection(text, await platformOf(pageUrl));
  const url = browser.runtime.getURL(`/selection.html?id=${encodeURIComponent(id)}`);
  if (browser.windows?.create) await browser.windows.create({ url, type: 'popup', width: 560, height: 680 });
  else await browser.tabs.create({ url });
}

/** "用 ListingLint 检查选中文字": created on install and startup, retitled when the language changes. */
export function setUpContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup?.addListener(() => void createMenu());
  localePreference.watch(
    () =>
      void menuTitle()
        .then((title) => browser.contextMenus.update(MENU_ID, { title }))
        .catch(() => undefined),
  );
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText?.trim()) return;
    void checkSelection(info.selectionText, info.pageUrl ?? tab?.url);
  });
}
