/**
 * Uji Kesiapan through the built bundle: each check's outcome under the
 * in-memory Workspace's switches for what Google does not document, recorded in the `Uji
 * Kesiapan` sheet, and nothing else changed: the scratch sheet and Doc are gone, no response is
 * touched, every other sheet is as it was.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { ballot, nominationForm, pns, setSetting } from './nominations-helpers';
import { surveyAnswers, surveyWorkspace, SURVEY_UNITS } from './survey-helpers';

/** `Uji Kesiapan` rows by check label: [Hasil, Temuan, Yang perlu dilakukan]. */
function checks(ws: Workspace): Record<string, string[]> {
  const rows = (sheetValues(ws, SHEETS.readiness) ?? []).slice(1).filter((r) => String(r[1]) === 'OK' || String(r[1]) === 'TIDAK OK');
  return Object.fromEntries(rows.map((r) => [String(r[0]), [String(r[1]), String(r[2]), String(r[3])]]));
}

/** A prepared spreadsheet with the nomination Form connected (and a survey Form when asked). */
function deployed(options: WorkspaceOptions = {}, survey = false): { ws: Workspace; nomination: string; surveyId: string } {
  const made = survey ? surveyWorkspace(options) : { ws: preparedWorkspace(options), formId: '' };
  const ws = made.ws;
  const nomination = nominationForm(ws);
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(nomination).editUrl);
  if (options.addOn) ws.ui.answerNext('YES', 'YES');
  ws.run('menuHubungkanFormulirPenjaringan');
  if (survey) ws.run('menuHubungkanFormulirSurvei');
  ws.ui.clear();
  return { ws, nomination, surveyId: made.formId };
}

function everythingBut(ws: Workspace, name: string) {
  return ws.sheets
    .sheetNames(ws.spreadsheetId)
    .filter((n) => n !== name)
    .map((n) => ({ n, snap: ws.sheets.snapshot(ws.spreadsheetId, n) }));
}

/** Files not in the bin (the Drive's own "My Drive" root, made on first use, aside). */
const liveFiles = (ws: Workspace) => [...ws.kernel.files.values()].filter((f) => !f.trashed && f.name !== 'My Drive').map((f) => f.id);

describe('Uji Kesiapan on a bound script where everything behaves', () => {
  it('all twelve checks OK, said in the dialog and recorded in the sheet; nothing else changes', () => {
    const { ws, nomination } = deployed();
    ws.forms.submit(nomination, ballot(pns[0], pns[1].nama));
    const sheetsBefore = everythingBut(ws, SHEETS.readiness);
    const files = liveFiles(ws);
    const responses = ws.forms.view(nomination).responses;
    const props = { ...ws.properties.document };

    ws.run('menuUjiKesiapan');
    const dialog = lastDialog(ws)!;
    expect(dialog.title).toBe('Uji Kesiapan');
    expect(dialog.content).toMatch(/^Semua 12 pemeriksaan OK\./);
    const c = checks(ws);
    expect(Object.keys(c)).toHaveLength(12);
    expect(Object.values(c).every(([hasil]) => hasil === 'OK')).toBe(true);
    expect(c['Cara pemasangan'][1]).toContain('terikat langsung');
    expect(c['Tanda $ dan \\ dalam draf SK'][1]).toBe('Nilai $1, $&, a\\b, $0 \\1 $$ masuk ke draf SK persis seperti aslinya.');
    expect(c['Izin (cakupan OAuth)'][1]).toContain('Semua 8 izin');
    expect(c['Membaca seluruh lembar (getSheetValues dengan -1)'][1]).toContain('tepat kotak data (2 baris × 3 kolom)');

    expect(everythingBut(ws, SHEETS.readiness)).toEqual(sheetsBefore);
    expect(ws.sheets.sheetNames(ws.spreadsheetId)).not.toContain('Uji Kesiapan (coba-coba)');
    expect(liveFiles(ws)).toEqual(files); // the scratch Doc went to the bin
    expect(ws.forms.view(nomination).responses).toEqual(responses);
    // The only property written: the product now owns its new `Uji Kesiapan` sheet.
    const { ownedSheetIds: ownedAfter, ...rest } = ws.properties.document;
    const { ownedSheetIds: ownedBefore, ...restBefore } = props;
    expect(rest).toEqual(restBefore);
    expect(JSON.parse(ownedAfter)).toEqual([...JSON.parse(ownedBefore), expect.any(Number)]);
    expect(ws.kernel.failedExecutions).toEqual([]);
  });

  it('the decree check is OK whatever replaceText does with $ and \\ (Java-style or literal)', () => {
    for (const docsReplacement of ['java', 'literal'] as const) {
      const { ws } = deployed({ docsReplacement });
      ws.run('menuUjiKesiapan');
      expect(checks(ws)['Tanda $ dan \\ dalam draf SK'][0], docsReplacement).toBe('OK');
    }
  });
});

describe('each check under the switches of the in-memory Workspace', () => {
  it('plain-text cells: OK under both apostrophe behaviours and both "=" behaviours, saying which Google has', () => {
    for (const [textCells, says] of [
      [{ apostrophe: 'eaten' }, 'membuang apostrof'],
      [{ apostrophe: 'kept' }, 'menyimpan apostrof'],
    ] as const) {
      const { ws } = deployed({ textCells });
      ws.run('menuUjiKesiapan');
      expect(checks(ws)['Apostrof di sel teks biasa']).toEqual(['OK', expect.stringContaining(says), '']);
    }
    const { ws } = deployed({ textCells: { equals: 'formula' } });
    ws.run('menuUjiKesiapan');
    expect(checks(ws)['Teks berawalan "=" di sel teks biasa']).toEqual(['OK', expect.stringContaining('sebagai rumus'), '']);
    expect(checks(ws)['Teks berawalan "=" di sel biasa'][0]).toBe('OK');
  });

  it('NIP answers in the response tabs: numbers are NOT OK, text is OK (read only: responses untouched)', () => {
    for (const formAnswers of ['parsed', 'text'] as const) {
      const { ws, nomination } = deployed({ addOn: true, formAnswers }, true);
      ws.forms.submit(nomination, ballot(pns[0], pns[1].nama));
      const before = ws.forms.view(nomination).responses;
      ws.run('menuUjiKesiapan');
      const [hasil, temuan, perlu] = checks(ws)['Jawaban NIP di tab tanggapan formulir'];
      if (formAnswers === 'parsed') {
        expect(hasil).toBe('TIDAK OK');
        expect(temuan).toMatch(/"NIP Anda" di tab "Form Responses \d+" \(1 angka\)/);
        expect(perlu).toContain('Format › Angka › Teks biasa');
      } else {
        expect([hasil, temuan]).toEqual(['OK', expect.stringContaining('"NIP Anda"')]);
      }
      expect(ws.forms.view(nomination).responses).toEqual(before);
    }
  });

  it('response tabs by URL shape: identified tabs OK, a tab whose Form cannot be identified NOT OK', () => {
    const ok = deployed({ addOn: true, formUrlShape: 'published', openByUrlAcceptsPublished: false }, true);
    ok.ws.run('menuUjiKesiapan');
    expect(checks(ok.ws)['Tautan formulir pada tab tanggapan']).toEqual(['OK', expect.stringMatching(/tautan terbit.*formulir (penjaringan|survei)/), '']);

    const { ws } = deployed({ addOn: true, formUrlShape: 'published', openByUrlAcceptsPublished: false });
    const other = ws.forms.createForm({ title: 'Formulir Lain', items: [{ kind: 'TEXT', title: 'Nama' }] });
    const exec = ws.kernel.beginExecution('editor');
    const FormApp = ws.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    FormApp.openById(other).setDestination(FormApp.DestinationType.SPREADSHEET, ws.spreadsheetId);
    ws.kernel.endExecution(exec);
    ws.run('menuUjiKesiapan');
    expect(checks(ws)['Tautan formulir pada tab tanggapan']).toEqual(['TIDAK OK', expect.stringContaining('formulirnya tidak dapat dikenali'), expect.stringContaining('akun Anda dapat mengedit formulir')]);
  });

  it('installation: a published add-on is named as such', () => {
    const { ws } = deployed({ addOn: true });
    ws.run('menuUjiKesiapan');
    expect(checks(ws)['Cara pemasangan']).toEqual(['OK', expect.stringContaining('Add-on terbit'), '']);
    expect(checks(ws)['Pemicu: pemilik dan jumlah'][0]).toBe('OK');
  });

  it('triggers: a duplicate is NOT OK and points at Perbaiki Pemicu', () => {
    const { ws, nomination } = deployed();
    const t = ws.kernel.triggers.find((x) => x.sourceId === nomination)!;
    ws.kernel.addTrigger({ handler: t.handler, eventType: t.eventType, sourceType: t.sourceType, sourceId: t.sourceId, owner: t.owner });
    ws.run('menuUjiKesiapan');
    expect(checks(ws)['Pemicu: pemilik dan jumlah']).toEqual(['TIDAK OK', expect.stringContaining('1 pemicu ganda'), 'Buka Status & Bantuan dan tekan "Perbaiki Pemicu".']);
  });

  it('time zone: a spreadsheet in Asia/Jakarta is NOT OK until Siapkan Lembar Kerja sets it', () => {
    const { ws } = deployed();
    ws.sheets.setTimeZone(ws.spreadsheetId, 'Asia/Jakarta');
    ws.run('menuUjiKesiapan');
    expect(checks(ws)['Zona waktu']).toEqual(['TIDAK OK', expect.stringContaining('Spreadsheet: Asia/Jakarta'), expect.stringContaining('Jalankan Siapkan Lembar Kerja')]);
    ws.run('menuSiapkanLembarKerja');
    ws.run('menuUjiKesiapan');
    expect(checks(ws)['Zona waktu'][0]).toBe('OK');
  });

  it('scopes: one not granted is NOT OK and named', () => {
    const granted = ['spreadsheets.currentonly', 'forms', 'drive', 'script.scriptapp', 'script.container.ui', 'script.send_mail', 'userinfo.email'].map((s) => `https://www.googleapis.com/auth/${s}`);
    const { ws } = deployed({ grantedScopes: granted });
    ws.run('menuUjiKesiapan');
    expect(checks(ws)['Izin (cakupan OAuth)']).toEqual(['TIDAK OK', 'Izin belum diberikan: documents.', expect.stringContaining('Izinkan')]);
  });

  it('the Sheets API: OK when it answers, OK with its quota spent (reads fall back), NOT OK in Indonesian when the service is not enabled', () => {
    const label = 'Layanan Sheets API (membaca beberapa lembar sekaligus)';
    const on = deployed();
    on.ws.run('menuUjiKesiapan');
    expect(checks(on.ws)[label][0]).toBe('OK');
    const spent = deployed({ sheetsApiQuota: { readsPerMinute: 0 } });
    spent.ws.run('menuUjiKesiapan');
    expect(checks(spent.ws)[label]).toEqual(['OK', expect.stringContaining('kuota per menitnya sedang habis'), '']);
    const off = deployed({ sheetsApi: false });
    off.ws.run('menuUjiKesiapan');
    expect(checks(off.ws)[label]).toEqual(['TIDAK OK', expect.stringContaining('belum aktif'), expect.stringContaining('layanan lanjutan Sheets')]);
  });

  it('a probe Google fails is NOT OK, and the scratch sheet and Doc are gone anyway', () => {
    const { ws } = deployed();
    const files = liveFiles(ws);
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Range.setValues', message: 'Service Spreadsheets failed while accessing document' });
    ws.kernel.injectFault({ match: 'DocumentApp.Body.appendParagraph', message: 'Service Documents failed while accessing document' });
    ws.run('menuUjiKesiapan');
    ws.kernel.clearFaults();
    const c = checks(ws);
    expect(c['Apostrof di sel teks biasa'][0]).toBe('TIDAK OK');
    expect(c['Apostrof di sel teks biasa'][1]).toContain('Service Spreadsheets failed');
    expect(c['Tanda $ dan \\ dalam draf SK']).toEqual(['TIDAK OK', expect.stringContaining('Service Documents failed'), expect.stringContaining('Jalankan Uji Kesiapan sekali lagi')]);
    expect(ws.sheets.sheetNames(ws.spreadsheetId)).not.toContain('Uji Kesiapan (coba-coba)');
    expect(liveFiles(ws)).toEqual(files);
  });
});

describe('Uji Kesiapan is a starter item', () => {
  it('runs from the AuthMode.NONE menu of a fresh add-on spreadsheet and puts the whole menu up', () => {
    const { ws } = surveyWorkspace({ addOn: true });
    ws.kernel.addOnEnabled = false;
    ws.open();
    ws.run('menuUjiKesiapan');
    expect(lastDialog(ws)!.title).toBe('Uji Kesiapan');
    expect(ws.ui.menus()[0].items.length).toBeGreaterThan(5);
    void SURVEY_UNITS;
    void surveyAnswers;
  });
});
