/** Opens the onboarding page once, when the extension is first installed (not on updates or reloads). */
export function openOnboardingOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });
}
