import { defineConfig } from 'wxt';
import { SELLER_PAGE_MATCHES } from './lib/sites/matches';

// https://wxt.dev/api/config.html
/**
 * The content script runs on every seller page, so it renders with Preact's React-compatible
 * layer (~4 KB) instead of React DOM (~55 KB gzipped); extension pages keep React.
 */
const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * Firefox and AMO: a fixed add-on id (storage and permissions survive reinstalls) and the data-collection
 * declaration AMO requires of new add-ons since 2025-11-03. Every check runs locally; drafting calls
 * only the endpoint the user configures, so nothing is collected for us.
 */
const FIREFOX_MANIFEST = {
  // Manifest V2 has no optional_host_permissions: "enable on this site" asks for an origin from this list.
  optional_permissions: ['https://*/*', 'http://*/*'],
  browser_specific_settings: {
    gecko: {
      id: 'listinglint@listinglint.dev',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const existing = config.resolve?.alias;
      const aliases = Array.isArray(existing) ? existing : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [...PREACT_ALIASES, ...aliases] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'contextMenus'],
    // Seller back offices are claimed by the content script's matches; any other
    // site is enabled by the user from the popup, which requests that one origin.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: [...SELLER_PAGE_MATCHES],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' ? FIREFOX_MANIFEST : {}),
  }),
});
