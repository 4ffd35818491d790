/**
 * Every item of the menu "Agen Perubahan", through the built bundle: the bundle declares its
 * function, and pressing it on a fresh spreadsheet either does its job or shows a dialog in
 * Indonesian that says what to do — never an uncaught error, never English, never a row in
 * `Log Kesalahan` (which is for unexpected failures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MENU, MENU_TITLE, isSubMenu, menuFunctions } from '../../src/core/menu';
import type { UiRecord } from '../../src/offline/workspace/index';
import type { Workspace } from '../../src/offline/workspace/index';
import { distDir } from '../dist';
import { loadedWorkspace, preparedWorkspace, sheetValues } from './helpers';

const ERROR_TITLE = 'Agen Perubahan — ada masalah';

/** English words that never belong in a message to the team (URLs are left out before the check). */
const ENGLISH = /\b(the|and|is|are|was|were|not|of|to|with|from|please|error|failed|failure|cannot|could|should|undefined|null|NaN|exception|invalid|found|missing|unknown|TypeError|ReferenceError|RangeError)\b/i;
/** Words every Indonesian message of the product uses at least one of. */
const INDONESIAN = /\b(yang|dan|di|belum|tidak|lembar|jalankan|isi|sudah|dibuat|lalu|ada)\b/i;

function englishIn(text: string): string | null {
  const m = ENGLISH.exec(text.replace(/https?:\/\/\S+/g, ''));
  return m ? m[0] : null;
}

/** Checks what the user saw: alerts are Indonesian prose, pages are lang="id" with an Indonesian title. */
function expectIndonesian(shown: UiRecord[], fn: string): void {
  expect(shown.length, `${fn} showed nothing`).toBeGreaterThan(0);
  for (const s of shown) {
    expect(englishIn(s.title), `${fn}: English in the title "${s.title}"`).toBeNull();
    if (s.kind === 'alert' || s.kind === 'prompt') {
      expect(englishIn(s.content), `${fn}: English in "${s.content}"`).toBeNull();
      expect(s.content, fn).toMatch(INDONESIAN);
    } else {
      expect(s.content, fn).toContain('<html lang="id">');
    }
  }
}

/** Rows of `Log Kesalahan` below the header (none unless something unexpected failed). */
const errorRows = (ws: Workspace) => (sheetValues(ws, 'Log Kesalahan') ?? []).slice(1).filter((r) => r.some((c) => c !== ''));
const setting = (ws: Workspace, label: string) => String((sheetValues(ws, 'Pengaturan') ?? []).find((r) => r[0] === label)?.[1] ?? '');

interface Expectation {
  kind: UiRecord['kind'];
  title: string;
  /** Fragments of what the user reads (the dialog text; the page title for sidebars and dialogs). */
  says: string[];
  /** What the item did, seen from outside. */
  did?: (ws: Workspace) => void;
}

/**
 * On a spreadsheet after Siapkan Lembar Kerja with the roster typed in and nothing else: what each
 * item does. Every item of MENU must have a line here.
 */
const ON_PREPARED: Record<string, Expectation> = {
  menuSiapkanLembarKerja: { kind: 'alert', title: 'Siapkan Lembar Kerja', says: ['Sudah ada dan tidak diubah'] },
  menuPengaturan: { kind: 'sidebar', title: 'Pengaturan Agen Perubahan', says: [] },
  menuPeriksaDataPegawai: {
    kind: 'alert',
    title: 'Periksa Data Pegawai',
    says: ['pegawai diperiksa', 'Pemeriksaan Pegawai'],
    did: (ws) => expect(ws.sheets.sheetNames(ws.spreadsheetId)).toContain('Pemeriksaan Pegawai'),
  },
  menuHubungkanFormulirPenjaringan: { kind: 'alert', title: ERROR_TITLE, says: ['URL Formulir Penjaringan', 'lembar Pengaturan'] },
  menuSinkronkanUlangPenjaringan: { kind: 'alert', title: ERROR_TITLE, says: ['belum dihubungkan', 'Hubungkan Formulir Penjaringan'] },
  menuPerbaruiPilihanNama: { kind: 'alert', title: ERROR_TITLE, says: ['URL Formulir Penjaringan'] },
  menuSiapkanPenilaian: { kind: 'alert', title: ERROR_TITLE, says: ['daftar pendek', 'Rekap Penjaringan'] },
  menuBuatBeritaAcara: { kind: 'alert', title: ERROR_TITLE, says: ['daftar pendek'] },
  menuBuatDrafSK: { kind: 'alert', title: ERROR_TITLE, says: ['daftar pendek', 'Rekap Penjaringan'] },
  menuBuatTemplateSK: {
    kind: 'alert',
    title: 'Buat Template SK',
    says: ['Template SK dibuat'],
    did: (ws) => expect(ws.docs.text(setting(ws, 'ID Template SK')).body).toContain('MEMUTUSKAN'),
  },
  menuSiapkanRencanaTindak: { kind: 'alert', title: ERROR_TITLE, says: ['Penilaian', 'Siapkan Penilaian'] },
  menuAjukanRencanaTindak: { kind: 'alert', title: ERROR_TITLE, says: ['Email Kepala Dinas', 'Pengaturan'] },
  menuBuatFormulirLaporan: { kind: 'alert', title: ERROR_TITLE, says: ['Periode Tugas Mulai', 'Pengaturan'] },
  menuBuatLaporanPemantauan: { kind: 'alert', title: ERROR_TITLE, says: ['Penilaian', 'Siapkan Penilaian'] },
  menuKirimPengingatEmail: {
    kind: 'alert',
    title: 'Kirim Pengingat Email',
    says: ['Pengingat email tidak aktif', 'Kirim Pengingat Email'],
    did: (ws) => expect(ws.mail.sent).toEqual([]),
  },
  menuHubungkanFormulirSurvei: { kind: 'alert', title: ERROR_TITLE, says: ['URL Formulir Survei'] },
  menuSinkronkanUlangSurvei: { kind: 'alert', title: ERROR_TITLE, says: ['URL Formulir Survei'] },
  menuStatusBantuan: { kind: 'modal', title: 'Status & Bantuan', says: [] },
  menuUjiKesiapan: {
    kind: 'alert',
    title: 'Uji Kesiapan',
    says: ['pemeriksaan OK', 'Uji Kesiapan'],
    did: (ws) => expect(ws.sheets.sheetNames(ws.spreadsheetId)).toContain('Uji Kesiapan'),
  },
};

const FUNCTIONS = menuFunctions();

describe('the menu', () => {
  it('lists every item once, and this test knows what each one does', () => {
    expect(new Set(FUNCTIONS).size).toBe(FUNCTIONS.length);
    expect(Object.keys(ON_PREPARED).sort()).toEqual([...FUNCTIONS].sort());
  });

  it('onOpen builds exactly MENU in the spreadsheet', () => {
    const ws = loadedWorkspace();
    ws.open();
    const menu = ws.ui.menus().find((m) => m.title === MENU_TITLE);
    const shape = (menu?.items ?? []).map((i) =>
      i.kind === 'submenu' ? { caption: i.caption, items: i.items.map((s) => (s.kind === 'item' ? [s.caption, s.functionName] : s.kind)) } : i.kind === 'item' ? [i.caption, i.functionName] : 'separator',
    );
    const expected = MENU.map((e) =>
      e === 'separator' ? 'separator' : isSubMenu(e) ? { caption: e.caption, items: e.items.map((s) => [s.caption, s.fn]) } : [e.caption, e.fn],
    );
    expect(shape).toEqual(expected);
  });

  it('every item has a behaviour test of its own in tests/e2e', () => {
    const dir = join(__dirname);
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== 'menu.test.ts')
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    const untested = FUNCTIONS.filter((fn) => !sources.some((s) => s.includes(`'${fn}'`)));
    expect(untested).toEqual([]);
  });
});

describe('README (Panduan untuk Tim RB)', () => {
  it('describes every menu item, in the order of the menu', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const from = readme.indexOf('### Isi menu Agen Perubahan');
    expect(from).toBeGreaterThan(0);
    const section = readme.slice(from, readme.indexOf('\n### ', from + 1));
    const captions = MENU.flatMap((e) => (e === 'separator' ? [] : isSubMenu(e) ? [e.caption, ...e.items.map((i) => i.caption)] : [e.caption]));
    let at = -1;
    for (const c of captions) {
      const bold = isSubMenuCaption(c) ? `**${c} ›**` : `**${c}**`;
      const next = section.indexOf(bold, at + 1);
      expect(next, `${bold} after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  });
});

function isSubMenuCaption(caption: string): boolean {
  return MENU.some((e) => e !== 'separator' && isSubMenu(e) && e.caption === caption);
}

describe('every menu item on a prepared spreadsheet', () => {
  const code = readFileSync(join(distDir(), 'Code.js'), 'utf8');
  for (const fn of FUNCTIONS) {
    it(`${fn}: declared in the bundle; does its job or explains in Indonesian`, () => {
      expect(code).toMatch(new RegExp(`^function ${fn}\\(`, 'm'));
      const ws = preparedWorkspace();
      expect(() => ws.run(fn)).not.toThrow();
      const shown = ws.ui.shown();
      expectIndonesian(shown, fn);
      const want = ON_PREPARED[fn];
      const last = shown[shown.length - 1];
      expect(last.kind).toBe(want.kind);
      expect(last.title).toBe(want.title);
      for (const part of want.says) expect(last.content).toContain(part);
      want.did?.(ws);
      expect(errorRows(ws)).toEqual([]);
    });
  }
});

describe('every menu item before Siapkan Lembar Kerja', () => {
  for (const fn of FUNCTIONS) {
    it(`${fn}: no uncaught error; a dialog in Indonesian`, () => {
      const ws = loadedWorkspace();
      ws.open();
      expect(() => ws.run(fn)).not.toThrow();
      const shown = ws.ui.shown();
      expectIndonesian(shown, fn);
      const last = shown[shown.length - 1];
      if (last.title === ERROR_TITLE) {
        // Points to a menu item or a sheet the team can act on.
        expect(last.content).toMatch(/Siapkan Lembar Kerja|Siapkan Penilaian|Hubungkan Formulir|Pengaturan|Pegawai/);
      }
      expect(errorRows(ws)).toEqual([]);
    });
  }
});

describe('every menu item, twice, in menu order on one spreadsheet', () => {
  it('never throws, never logs an unexpected error, always answers in Indonesian', () => {
    const ws = preparedWorkspace();
    for (const round of [1, 2]) {
      for (const fn of FUNCTIONS) {
        ws.ui.clear();
        expect(() => ws.run(fn), `${fn} (round ${round})`).not.toThrow();
        expectIndonesian(ws.ui.shown(), `${fn} (round ${round})`);
      }
    }
    expect(errorRows(ws)).toEqual([]);
  });
});
