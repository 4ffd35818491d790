/**
 * The walls between the rooms of src/ (docs/architecture.md) hold: ESLint, with the project's own
 * eslint.config.mjs, fails a planted cross-room import and passes the same file importing within
 * its walls. Each planted file is linted as if it lay at its path in src/ (ESLint's lintText with
 * a filePath: the file itself is never written into the tree other helpers typecheck).
 */
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { roomOf } from '../../eslint/rooms.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages ESLint gives for `code` placed at `path` (relative to the repository). */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import walls between the rooms', () => {
  // [room file, import that crosses a wall, what the message must say]
  const crossings: [string, string, RegExp][] = [
    ['src/core/planted.ts', "import { sheetValues } from '../gas/sheets';", /gas\/.*core\/ holds the pure rules/],
    ['src/core/nominations/planted.ts', "import { menuAction } from '../../app/run';", /app\//],
    ['src/core/planted.ts', "import { parseInput } from '../offline/workspace/index';", /offline\//],
    ['src/core/planted.ts', "import * as entry from '../index';", /src\/index\.ts/],
    ['src/core/planted.ts', "import type { Sheet } from '../gas/sheets';", /gas\//],
    ['src/core/planted.ts', "export * from '../app/settings';", /app\//],
    ['src/core/planted.ts', "export const m = () => import('../gas/ui');", /gas\//],
    ['src/core/planted.ts', "import { readFileSync } from 'node:fs';", /Node built-in/],
    ['src/core/planted.ts', "import { RE2JS } from 're2js';", /Package "re2js"/],
    ['src/gas/planted.ts', "import { menuAction } from '../app/run';", /gas\/ holds the Google calls/],
    ['src/gas/planted.ts', "import { build } from '../offline/workspace/index';", /offline\//],
    ['src/gas/planted.ts', "import { join } from 'path';", /Node built-in/],
    ['src/app/planted.ts', "import { parseInput } from '../offline/workspace/index';", /app\/ runs in Apps Script/],
    ['src/app/survey/planted.ts', "import { onOpen } from '../../index';", /src\/index\.ts/],
    ['src/app/planted.ts', "import { readFileSync } from 'node:fs';", /Node built-in/],
    ['src/offline/cli/planted.ts', "import { menuAction } from '../../app/run';", /offline\/ runs the product only as the built bundle/],
    ['src/offline/planted.ts', "import type { Settings } from '../app/settings';", /app\//],
    ['src/offline/workspace/sheets/planted.ts', "import { sheetValues } from '../../../gas/sheets';", /gas\//],
    ['src/offline/planted.ts', "import { onOpen } from '../index';", /src\/index\.ts/],
    ['src/index.ts', "import { parseInput } from './offline/workspace/index';", /offline\//],
  ];
  it.each(crossings)('%s: %s fails lint', async (path, code, says) => {
    const messages = await lint(path, `${code}\nexport const x = 1;\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^rooms\/imports: /);
    expect(messages[0]).toMatch(says);
  });

  // [room file, imports that stay within its walls]
  const allowed: [string, string][] = [
    ['src/core/planted.ts', "import { normalizeName } from './names';\nimport type { Employee } from './types';"],
    ['src/core/survey/planted.ts', "import { normalizeName } from '../names';\nimport { bandFor } from './bands';"],
    ['src/gas/planted.ts', "import { asText } from '../core/cells';\nimport { sheetValues } from './sheets';"],
    ['src/app/nominations/planted.ts', "import { sheetValues } from '../../gas/sheets';\nimport { toBallot } from '../../core/nominations/ballot';\nimport { menuAction } from '../run';"],
    ['src/offline/cli/planted.ts', "import { readFileSync } from 'node:fs';\nimport ExcelJS from 'exceljs';\nimport { normalizeName } from '../../core/names';\nimport { createWorkspace } from '../workspace/index';"],
    ['src/index.ts', "import { menuAction } from './app/run';\nimport { buildMenu } from './gas/ui';"],
  ];
  it.each(allowed)('%s: imports within its walls pass', async (path, code) => {
    expect(await lint(path, `${code}\nexport const x = 1;\n`)).toEqual([]);
  });
});

describe('what core/, app/ and src/index.ts may touch', () => {
  it('core/ and app/ never call an Apps Script service; gas/ does', async () => {
    const call = 'export const n = () => SpreadsheetApp.getActive().getName();\n';
    expect(await lint('src/core/planted.ts', call)).toEqual([expect.stringMatching(/^no-restricted-globals: .*SpreadsheetApp is an Apps Script service: call it from gas\/ only/)]);
    expect(await lint('src/app/planted.ts', call)).toEqual([expect.stringMatching(/SpreadsheetApp is an Apps Script service/)]);
    expect(await lint('src/index.ts', 'export const l = () => LockService.getScriptLock();\n')).toEqual([expect.stringMatching(/LockService is an Apps Script service/)]);
    expect(await lint('src/gas/planted.ts', call)).toEqual([]);
  });

  it('bundled code does not rely on what Apps Script\'s V8 lacks; offline/ may', async () => {
    const code = 'export const later = (f: () => void) => setTimeout(f, 10);\nexport const u = new URL("https://example.org");\n';
    for (const path of ['src/core/planted.ts', 'src/gas/planted.ts', 'src/app/planted.ts']) {
      const messages = await lint(path, code);
      expect(messages).toHaveLength(2);
      expect(messages[0]).toMatch(/setTimeout does not exist in Apps Script/);
      expect(messages[1]).toMatch(/URL does not exist in Apps Script/);
    }
    expect(await lint('src/offline/planted.ts', code)).toEqual([]);
  });

  it('core/ knows no Google type and no `any`', async () => {
    expect(await lint('src/core/planted.ts', 'export type S = GoogleAppsScript.Spreadsheet.Sheet;\n')).toEqual([expect.stringMatching(/core\/ knows no Google type/)]);
    expect(await lint('src/core/planted.ts', 'export const f = (x: any) => x;\n')).toEqual([expect.stringMatching(/^@typescript-eslint\/no-explicit-any/)]);
    expect(await lint('src/gas/planted.ts', 'export type S = GoogleAppsScript.Spreadsheet.Sheet;\n')).toEqual([]);
  });
});

describe('roomOf', () => {
  it.each([
    ['src/core/names.ts', 'core'],
    ['src/core/survey/bands.ts', 'core'],
    ['src/gas/sheets.ts', 'gas'],
    ['src/app/run.ts', 'app'],
    ['src/offline/workspace/index.ts', 'offline'],
    ['src/ui/Sidebar.html', 'ui'],
    ['src/index.ts', 'entry'],
    ['src/index', 'entry'],
    ['tests/core/names.test.ts', null],
    ['build.mjs', null],
  ])('%s is in %s', (path, room) => {
    expect(roomOf(path)).toBe(room);
  });
});
