// `npm run lint`: the walls between the rooms of src/ (docs/architecture.md), enforced.
// Syntax-only (typescript-eslint's parser without type information), so a run over src/ takes
// seconds. tests/build/lint.test.ts plants cross-room imports and checks that they fail.
import tseslint from 'typescript-eslint';
import rooms from './eslint/rooms.mjs';

const root = import.meta.dirname;

// Apps Script's services: only gas/ calls them (platform.md; offline/ builds its own fakes).
const APPS_SCRIPT_SERVICES = [
  'SpreadsheetApp', 'FormApp', 'DocumentApp', 'DriveApp', 'ScriptApp', 'LockService', 'PropertiesService',
  'Session', 'Utilities', 'HtmlService', 'CacheService', 'UrlFetchApp', 'MailApp', 'GmailApp', 'Logger',
  'Browser', 'ContentService', 'Charts', 'Docs', 'Drive', 'Sheets', 'Forms',
].map((name) => ({ name, message: `${name} is an Apps Script service: call it from gas/ only.` }));

// Not in Apps Script's V8 runtime (platform.md): code that is bundled must not rely on them.
const NOT_IN_APPS_SCRIPT = [
  'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'setImmediate', 'queueMicrotask', 'fetch',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'atob', 'btoa', 'crypto', 'process', 'window',
  'document', 'structuredClone', 'Buffer', 'require', 'global', '__dirname', '__filename',
].map((name) => ({ name, message: `${name} does not exist in Apps Script's V8 runtime (this code is bundled for it).` }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'out/**', 'reports/**', '.stryker-tmp/**'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
    plugins: { rooms },
    rules: { 'rooms/imports': ['error', { root }] },
  },
  {
    // Generated (npm run gen:api) with a blanket eslint-disable that has nothing to silence here.
    files: ['src/offline/workspace/kernel/apps-script-api.ts'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
  {
    files: ['src/core/**/*.ts', 'src/gas/**/*.ts', 'src/app/**/*.ts', 'src/index.ts'],
    rules: { 'no-restricted-globals': ['error', ...NOT_IN_APPS_SCRIPT] },
  },
  {
    files: ['src/core/**/*.ts', 'src/app/**/*.ts', 'src/index.ts'],
    rules: {
      'no-restricted-globals': ['error', ...NOT_IN_APPS_SCRIPT, ...APPS_SCRIPT_SERVICES],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // core/ is plain data and rules: no Google type reaches it, and no `any` (style.md).
      'no-restricted-syntax': [
        'error',
        { selector: 'TSQualifiedName > Identifier.left[name="GoogleAppsScript"]', message: 'core/ knows no Google type: take plain data from gas/.' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);
