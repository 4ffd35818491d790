import { readFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MENU, menuFunctions } from '../../src/core/menu';
import { distDir } from '../dist';
import { withIncludes } from '../../build.mjs';

const dist = distDir();
const code = () => readFileSync(join(dist, 'Code.js'), 'utf8');

describe('dist/Code.js as Apps Script loads it', () => {
  it('declares onOpen, onInstall and every menu action as top-level functions in an empty context', () => {
    const context = vm.createContext({});
    vm.runInContext(code(), context);
    for (const name of ['onOpen', 'onInstall', ...menuFunctions(MENU)]) {
      expect(typeof context[name], name).toBe('function');
    }
  });

  it('contains no module syntax or Node/browser-only globals', () => {
    const src = code();
    expect(src).not.toMatch(/^\s*import\s/m);
    expect(src).not.toMatch(/\brequire\s*\(/);
    expect(src).not.toMatch(/\bprocess\./);
    expect(src).not.toMatch(/\bsetTimeout\s*\(/);
    expect(src).not.toMatch(/\bexport\s+(function|const|default)/);
  });

  it('parses as ES2019 (no class fields or private #names left)', () => {
    expect(code()).not.toMatch(/#[a-zA-Z_]\w*\s*[=;(]/);
    expect(() => new vm.Script(code())).not.toThrow();
  });

  it('ships the manifest with explicit scopes, V8 and Asia/Makassar', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Makassar');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  });

  it('never bundles src/offline', () => {
    expect(code()).not.toMatch(/src\/offline|createWorkspace|AgenPerubahanFakeId/);
    expect(existsSync(join(dist, 'appsscript.json'))).toBe(true);
  });
});

describe('the HTML pages as uploaded', () => {
  it.each(['Sidebar.html', 'Status.html'])('%s carries the shared DOM helpers written into its script, no include line left', (page) => {
    const html = readFileSync(join(dist, page), 'utf8');
    expect(html).not.toMatch(/^\s*\/\/ @include/m);
    expect(html).toContain('function el(tag, attrs, text) {');
    expect(html).toContain('function byId(id) { return document.getElementById(id); }');
  });

  it('an include is written at the indent of its line; a missing file stops the build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ui-'));
    writeFileSync(join(dir, 'a.js'), 'function a() {\n  return 1;\n}\n');
    expect(withIncludes(dir, '<script>\n    // @include a.js\n</script>')).toBe('<script>\n    function a() {\n      return 1;\n    }\n</script>');
    expect(() => withIncludes(dir, '  // @include missing.js')).toThrow(/ENOENT/);
  });
});
