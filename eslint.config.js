// ESLint flat config. The import-boundary rules mirror architecture.md "Rules of the house";
// tests/architecture/ checks the same table on the real import graph (it also sees require()
// and dynamic imports, which a lint rule can miss).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * @param {string[]} patterns gitignore-style patterns (match anywhere in a path)
 * @param {string} message
 * @param {string[]} [exactNames] module names forbidden exactly (so './events' stays allowed while 'events' is not)
 */
const forbid = (patterns, message, exactNames = []) => ({
  'no-restricted-imports': ['error', { paths: exactNames.map((name) => ({ name, message })), patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'dist-native/**', 'release/**', 'node_modules/**', 'tests/fixtures/generated/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-console': 'off',
    },
  },
  {
    files: ['main/core/**', 'main/handlers/**', 'main/cli/**', 'main/server/**'],
    rules: forbid(['electron', 'electron/*', '**/main/app/**', '**/app/*'], 'Only main/app may import electron (architecture.md).'),
  },
  {
    files: ['main/core/**'],
    rules: forbid(['electron', 'electron/*', '**/app/**', '**/handlers/**', '**/cli/**', '**/server/**'], 'main/core is plain Node: no electron, no adapters (architecture.md).'),
  },
  {
    files: ['preload/contract/**'],
    rules: forbid(['electron', 'electron/*', 'node:*', '**/main/**', '**/renderer/**'], 'preload/contract is zod + TypeScript only (architecture.md).', builtinModules),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid(['electron', 'electron/*', 'node:*', '**/main/**'], 'The renderer never touches Node, electron or main/ (architecture.md).', builtinModules),
  },
);
