import { describe, expect, it } from 'vitest';
import { Kernel, UI_FROM_TRIGGER_ERROR } from '../../../src/offline/workspace/index';
import { createSpreadsheetApp } from '../../../src/offline/workspace/index';

function setup() {
  const kernel = new Kernel();
  const app = createSpreadsheetApp(kernel);
  app.backdoor.createSpreadsheet('Rekap Agen Perubahan', { bound: true });
  return { kernel, app, SpreadsheetApp: app.SpreadsheetApp };
}

const html = (content: string, title = '', width = 0, height = 0) => ({ getContent: () => content, getTitle: () => title, getWidth: () => width, getHeight: () => height });

describe('Ui', () => {
  it('getUi throws inside an installable trigger, works in a simple trigger and in the editor', () => {
    const { kernel, SpreadsheetApp } = setup();
    const t = kernel.beginExecution('trigger');
    let error: Error | null = null;
    try {
      SpreadsheetApp.getUi();
    } catch (e) {
      error = e as Error;
    }
    kernel.endExecution(t);
    expect(error?.message).toBe(UI_FROM_TRIGGER_ERROR);
    expect(String(error)).toBe(`Exception: ${UI_FROM_TRIGGER_ERROR}`);
    const s = kernel.beginExecution('simple-trigger');
    expect(SpreadsheetApp.getUi()).toBeTruthy();
    kernel.endExecution(s);
    expect(SpreadsheetApp.getUi()).toBeTruthy();
  });

  it('keeps the latest addToUi per title; createAddonMenu is titled with the add-on name', () => {
    const { app, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    ui.createMenu('Agen Perubahan').addItem('Lama', 'lama').addToUi();
    ui.createMenu('Agen Perubahan').addItem('Baru', 'baru').addToUi();
    expect(app.ui.menus()).toEqual([{ title: 'Agen Perubahan', addon: false, items: [{ kind: 'item', caption: 'Baru', functionName: 'baru' }] }]);
    ui.createAddonMenu().addItem('Buka', 'buka').addToUi();
    expect(app.ui.menus()).toEqual([{ title: 'Agen Perubahan', addon: true, items: [{ kind: 'item', caption: 'Buka', functionName: 'buka' }] }]);
  });

  it('records items, separators and submenus', () => {
    const { app, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    ui.createMenu('Alat').addItem('Siapkan Lembar Kerja', 'menuSiapkan').addSeparator().addSubMenu(ui.createMenu('Survei').addItem('Hitung Skor', 'menuHitungSkor')).addToUi();
    expect(app.ui.menus()).toEqual([
      {
        title: 'Alat',
        addon: false,
        items: [
          { kind: 'item', caption: 'Siapkan Lembar Kerja', functionName: 'menuSiapkan' },
          { kind: 'separator' },
          { kind: 'submenu', caption: 'Survei', items: [{ kind: 'item', caption: 'Hitung Skor', functionName: 'menuHitungSkor' }] },
        ],
      },
    ]);
  });

  it.each<[(ui: GoogleAppsScript.Base.Ui) => unknown[], string, string, string]>([
    [() => ['Pesan saja'], '', 'Pesan saja', 'OK'],
    [(ui) => ['Lanjutkan?', ui.ButtonSet.YES_NO], '', 'Lanjutkan?', 'YES'],
    [(ui) => ['Judul', 'Isi', ui.ButtonSet.OK_CANCEL], 'Judul', 'Isi', 'OK'],
  ])('alert(%#) is recorded and answered by default with a Button', (args, title, content, answer) => {
    const { app, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    const alert = ui.alert.bind(ui) as unknown as (...a: unknown[]) => unknown;
    expect(alert(...args(ui))).toBe(ui.Button[answer as 'OK']);
    expect(app.ui.shown()).toEqual([{ kind: 'alert', title, content, answer }]);
  });

  it('refuses a button set given as text, as Google does', () => {
    const { app, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    const alert = ui.alert.bind(ui) as unknown as (...a: unknown[]) => unknown;
    expect(() => alert('Lanjutkan?', 'YES_NO')).toThrow("The parameters (String,String) don't match the method signature for Ui.alert.");
    expect(app.ui.shown()).toEqual([]);
  });

  it('scripted answers drive alerts and prompts; unscripted prompts cancel', () => {
    const { app, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    app.ui.answerNext('NO', { button: 'OK', text: '2026-S2' });
    expect(ui.alert('Hapus?', 'Yakin?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const r = ui.prompt('Periode', 'Isi periode', ui.ButtonSet.OK_CANCEL);
    expect([r.getSelectedButton(), r.getResponseText()]).toEqual([ui.Button.OK, '2026-S2']);
    expect(ui.prompt('Lagi?').getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(app.ui.shown().map((s) => s.answer)).toEqual(['NO', 'OK', 'CANCEL']);
  });

  it('sidebars and dialogs record the HTML and title, dialogs their size', () => {
    const { app, SpreadsheetApp } = setup();
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(html('<p>Panel</p>', 'Agen Perubahan') as never);
    ui.showModalDialog(html('<p>Draf</p>', '', 680, 520) as never, 'Draf SK');
    expect(app.ui.shown()).toEqual([
      { kind: 'sidebar', title: 'Agen Perubahan', content: '<p>Panel</p>' },
      { kind: 'modal', title: 'Draf SK', content: '<p>Draf</p>', size: { width: 680, height: 520 } },
    ]);
    app.ui.clear();
    expect(app.ui.shown()).toEqual([]);
  });

  it('counts Ui and Menu calls under SpreadsheetApp', () => {
    const { kernel, SpreadsheetApp } = setup();
    kernel.resetCalls();
    const ui = SpreadsheetApp.getUi();
    ui.createMenu('X').addItem('a', 'a').addToUi();
    ui.alert('hai');
    expect(kernel.calls()).toEqual({
      'SpreadsheetApp.Menu.addItem': 1,
      'SpreadsheetApp.Menu.addToUi': 1,
      'SpreadsheetApp.Ui.alert': 1,
      'SpreadsheetApp.Ui.createMenu': 1,
      'SpreadsheetApp.getUi': 1,
    });
  });
});
