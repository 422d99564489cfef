import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the demo seller back office (tests/demo/pages) into tests/demo/dist, served under /demo/. */
const root = resolve(import.meta.dirname, 'pages');
const pages = ['index', 'taobao', 'jd', 'amazon', 'detail', 'detail-frame', 'spa'];

export default defineConfig({
  root,
  base: '/demo/',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    rollupOptions: { input: Object.fromEntries(pages.map((page) => [page, resolve(root, `${page}.html`)])) },
  },
});
