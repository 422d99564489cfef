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
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Seller back offices are claimed by the content script's matches; any other
    // site is enabled by the user from the popup, which requests that one origin.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: [...SELLER_PAGE_MATCHES],
    action: { default_title: '__MSG_extName__' },
    // Overlay (issue 11): opens the findings panel on the current seller page.
    commands: { 'open-findings-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: '打开问题面板 / Open the findings panel' } },
  }),
});
