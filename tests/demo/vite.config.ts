import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the demo seller back office (tests/demo/pages) into tests/demo/dist, served under /demo/. */
const root = resolve(import.meta.dirname, 'pages');
/** One page per third-party editor the overlay must work with (tests/e2e/editors.spec.ts). */
export const EDITOR_PAGES = [
  'plain',
  'react',
  'vue',
  'antd',
  'element-plus',
  'quill',
  'wangeditor',
  'tinymce',
  'ckeditor',
  'lexical',
  'tiptap',
  'slate',
  'draft',
  'stubborn',
  'replacing',
];
const pages = ['index', 'taobao', 'jd', 'amazon', 'detail', 'detail-frame', 'spa', ...EDITOR_PAGES.map((page) => `editors/${page}`)];

export default defineConfig({
  root,
  base: '/demo/',
  logLevel: 'warn',
  // draft-js (fbjs) reads Node's `global`.
  define: { global: 'globalThis' },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: Object.fromEntries(pages.map((page) => [page, resolve(root, `${page}.html`)])),
      // antd's "use client" directives mean nothing in a static demo page.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
