import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createHtmlService, htmlState } from '../../../src/offline/workspace/index';
import { Kernel } from '../../../src/offline/workspace/index';

function setup(files: Record<string, string>, context?: vm.Context) {
  const dir = mkdtempSync(join(tmpdir(), 'html-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const kernel = new Kernel();
  return { kernel, HtmlService: createHtmlService(kernel, { distDir: dir, context: () => context ?? null }) };
}

describe('HtmlService', () => {
  it('reads a file from the built folder; a missing one fails like Google', () => {
    const { HtmlService } = setup({ 'Sidebar.html': '<p>Halo</p>' });
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p>Halo</p>');
    expect(() => HtmlService.createHtmlOutputFromFile('Tidak')).toThrow('No HTML file named Tidak was found.');
  });

  it('HtmlOutput keeps title, size, appended content and meta tags; htmlState reads them uncounted', () => {
    const { kernel, HtmlService } = setup({});
    const out = HtmlService.createHtmlOutput('<b>a</b>')
      .setTitle('Agen Perubahan')
      .setWidth(400)
      .setHeight(300)
      .append('<i>b</i>')
      .appendUntrusted('<x>')
      .addMetaTag('viewport', 'width=device-width')
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
    expect(out.getTitle()).toBe('Agen Perubahan');
    expect([out.getWidth(), out.getHeight()]).toEqual([400, 300]);
    const before = kernel.totalCalls('HtmlService');
    expect(htmlState(out)).toMatchObject({ content: '<b>a</b><i>b</i>&lt;x&gt;', title: 'Agen Perubahan' });
    expect(kernel.totalCalls('HtmlService')).toBe(before);
  });

  it.each([
    ['<p><?= nama ?></p>', { nama: '<Maria & "Yohanes">' }, '<p>&lt;Maria &amp; &quot;Yohanes&quot;&gt;</p>'],
    ['<p><?!= html ?></p>', { html: '<b>tebal</b>' }, '<p><b>tebal</b></p>'],
    ['<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>', { items: ['a', 'b'] }, '<ul><li>a</li><li>b</li></ul>'],
    ['<? if (n > 1) { ?>banyak<? } else { ?>satu<? } ?>', { n: 1 }, 'satu'],
    ['tanpa skrip', {}, 'tanpa skrip'],
  ])('template %s', (source, props, expected) => {
    const { HtmlService } = setup({ 'T.html': source });
    const t = HtmlService.createTemplateFromFile('T') as unknown as Record<string, unknown> & GoogleAppsScript.HTML.HtmlTemplate;
    Object.assign(t, props);
    expect(t.evaluate().getContent()).toBe(expected);
  });

  it('scriptlets can call the script\'s own functions in the bundle context and see no Node globals', () => {
    const ctx = vm.createContext({});
    vm.runInContext('function sapa(n) { return "Halo " + n; }', ctx);
    const { HtmlService } = setup({ 'T.html': '<?= sapa(nama) ?>|<?= typeof require ?>|<?= typeof process ?>' }, ctx);
    const t = HtmlService.createTemplateFromFile('T') as unknown as Record<string, unknown> & GoogleAppsScript.HTML.HtmlTemplate;
    t.nama = 'Ana';
    expect(t.evaluate().getContent()).toBe('Halo Ana|undefined|undefined');
  });

  it('an error inside a scriptlet propagates', () => {
    const { HtmlService } = setup({ 'T.html': '<?= tidakAda.x ?>' });
    expect(() => HtmlService.createTemplateFromFile('T').evaluate()).toThrow(/tidakAda/);
  });
});
