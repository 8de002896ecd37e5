// Lint: typescript-eslint's recommended rules, plus the architecture rule that core/ touches no host.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const HOST_GLOBALS = ['Office', 'Excel', 'CustomFunctions', 'OfficeRuntime', 'SpreadsheetApp', 'HtmlService', 'ScriptApp', 'PropertiesService', 'UrlFetchApp', 'google', 'window', 'document', 'navigator', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'build/**', 'coverage/**', '.stryker-tmp/**', 'reports/**', '**/*.js', '!eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...HOST_GLOBALS.map((name) => ({ name, message: 'core/ is pure: no host API, DOM or network.' }))],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/excel-addin/**', '**/sheets-addon/**', '**/ui/**', 'fs', 'child_process', 'http', 'https', 'net'], message: 'core/ imports nothing from the hosts or the system.' }] }],
    },
  },
  {
    // The pane is shared by both hosts: it reaches Excel or Sheets only through its Bridge (ui/bridge.ts).
    files: ['ui/**/*.ts'],
    ignores: ['**/*.test.ts', 'ui/test/**'],
    rules: {
      'no-restricted-globals': ['error', ...HOST_GLOBALS.filter((name) => !['window', 'document', 'navigator'].includes(name)).map((name) => ({ name, message: 'ui/ reaches the host only through its Bridge (ui/bridge.ts).' }))],
      'no-restricted-properties': ['error', ...['google', 'Office', 'Excel', 'CustomFunctions'].map((property) => ({ object: 'window', property, message: 'ui/ reaches the host only through its Bridge (ui/bridge.ts).' }))],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/excel-addin/**', '**/sheets-addon/**'], message: 'ui/ is shared by both hosts: it imports core/ only.' }] }],
    },
  },
  {
    files: ['excel-addin/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/sheets-addon/**'], message: 'Hosts never import each other.' }] }] },
  },
  {
    files: ['sheets-addon/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/excel-addin/**'], message: 'Hosts never import each other.' }] }] },
  },
);
