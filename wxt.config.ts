import { defineConfig } from 'wxt';
import { SELLER_PAGE_MATCHES } from './lib/sites/matches';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Seller back offices are claimed by the content script's matches; any other
    // site is enabled by the user from the popup, which requests that one origin.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: [...SELLER_PAGE_MATCHES],
    action: { default_title: '__MSG_extName__' },
  }),
});
