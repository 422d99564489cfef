import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { contentScriptModules } from './tests/tools/importGraph.mjs';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/demo/dist/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'tests/demo/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Page text is untrusted: build DOM nodes or use textContent.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is untrusted: never render it as HTML.' },
      ],
    },
  },
  {
    // lib/ runs in Node, tests and the service worker: no DOM or extension globals unless the module says so.
    files: ['lib/**/*.ts'],
    ignores: ['lib/dom/**'],
    languageOptions: { globals: { ...globals.node, ...globals['shared-node-browser'] } },
  },
  {
    // Code the content script bundles runs on every seller page: zod/mini only (full zod is ~3x larger).
    // The files are the content script's import graph (tests/tools/importGraph.mjs), so a new module is covered at once.
    files: contentScriptModules(),
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'The content script bundles this module: import from zod/mini.', allowTypeImports: true }] },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
);
