/**
 * "Buat Laporan Pemantauan", through the built bundle: from an approved plan through reports
 * to `Pemantauan Agen` and the monitoring Doc for the head — the semester asked for (the current
 * one by default), the same facts as the sheet, the decree's page setup and kop, data tables
 * inside the text width with a repeated header row, the head's signature block, logged in
 * `Log Dokumen`; refused in Indonesian without agents, without an approved plan, or for a
 * semester without data; and its service calls the same for a few reports as for many.
 */
import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import type { Workspace } from '../../src/offline/workspace/index';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { agents, approvedWorkspace, label, report, ROWS, surveyOverSemesters } from './reports-helpers';
import { choose, scoredWorkspace, setSetting } from './assessment-helpers';

const A = label(agents[0].nama, ROWS[0]);
const B = label(agents[1].nama, ROWS[1]);
const APRIL_2027 = witaToMs(2027, 4, 20, 10);
const ERROR_TITLE = 'Agen Perubahan — ada masalah';

const documentLog = (ws: Workspace) => (sheetValues(ws, 'Log Dokumen') ?? []).slice(1).map((r) => ({ name: String(r[1]), url: String(r[2]), note: String(r[4]) }));
const idOf = (url: string) => /\/d\/([^/]+)\//.exec(url)![1];

/** Two approved agents, the report Form, reports in March and April 2027 (one invalid), survey answers of agent 1's unit in two semesters. */
function cycle(start = APRIL_2027): Workspace {
  const ws = approvedWorkspace({ start });
  ws.run('menuBuatFormulirLaporan');
  report(ws, { activity: A, realisation: '3', period: 'Maret 2027', problems: 'Sinyal lemah di loket' });
  report(ws, { activity: A, realisation: '4', period: 'April 2027', problems: 'Printer rusak', solutions: 'Pinjam dari TU' });
  report(ws, { activity: A, realisation: '50%' });
  report(ws, { activity: B, realisation: '5', period: 'Maret 2027' });
  surveyOverSemesters(ws);
  ws.ui.clear();
  return ws;
}

/** Runs the menu, answering its question with `semester` ('' = the current semester). */
function make(ws: Workspace, semester = ''): void {
  ws.ui.answerNext({ button: 'OK', text: semester });
  ws.run('menuBuatLaporanPemantauan');
}

const cellText = (cell: { blocks: { type: string; children?: { type: string; runs?: { text: string }[] }[] }[] }) =>
  cell.blocks.map((b) => (b.children ?? []).map((c) => (c.runs ?? []).map((r) => r.text).join('')).join('')).join('\n');

describe('Buat Laporan Pemantauan (M2)', () => {
  it('from an approved plan through reports: the Doc of the current semester holds the facts of Pemantauan Agen', () => {
    const ws = cycle();
    make(ws);
    expect(ws.kernel.failedExecutions).toEqual([]);
    const asked = ws.ui.shown().find((s) => s.kind === 'prompt')!;
    expect(asked.content).toContain('Kosongkan untuk semester berjalan (Semester I 2027)');
    expect(asked.content).toContain('Semester II 2026, Semester I 2027');
    const log = documentLog(ws);
    const row = log[log.length - 1];
    expect(row.name).toMatch(/^Laporan Pemantauan Agen Perubahan Semester I 2027 /);
    expect(row.note).toBe('Laporan pemantauan Semester I 2027: 2 agen, 2 kegiatan disetujui, 3 laporan dihitung');
    expect(lastDialog(ws)?.content).toContain(row.url);
    const body = ws.docs.text(idOf(row.url)).body;
    for (const s of ['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR', 'LAPORAN PEMANTAUAN AGEN PERUBAHAN', 'SEMESTER I 2027', 'Mengetahui,', 'KEPALA DINAS KESEHATAN PROVINSI NUSA TENGGARA TIMUR,']) {
      expect(body).toContain(s);
    }
    // The agents: name, NIP, unit.
    for (const a of agents.slice(0, 2)) {
      expect(body).toContain(a.nama);
      expect(body).toContain(`NIP ${a.nip.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4')}; Unit Kerja: ${a.unit}`);
    }
    // The same facts as Pemantauan Agen: realisation 3 + 4 of target 10 (the "50%" report not counted) = 70 %; 5 of 20 = 25 %.
    const sheet = sheetValues(ws, 'Pemantauan Agen')!;
    const sheetRow = sheet.find((r) => r[0] === agents[0].nama && r[4] === 'Nomor antrean daring')!;
    expect([sheetRow[7], sheetRow[8]]).toEqual([7, 70]);
    const tree = ws.docs.tree(idOf(row.url));
    const tables = tree.body.filter((b) => b.type === 'TABLE');
    const rowsOf = (t: (typeof tables)[number]) => (t.type === 'TABLE' ? t.rows.map((r) => r.cells.map(cellText)) : []);
    const planTables = tables.map(rowsOf).filter((t) => t[0][1] === 'Kegiatan' && t[0][2] === 'Target');
    expect(planTables.map((t) => t.slice(1))).toEqual([
      [['1', 'Nomor antrean daring', '10', '7', '7', '70%']],
      [['1', 'Kanal pengaduan WhatsApp', '20', '5', '5', '25%']],
    ]);
    const summary = rowsOf(tables.find((t) => rowsOf(t)[0][1] === 'Nama dan NIP')!);
    expect(summary[0]).toEqual(['No', 'Nama dan NIP', 'Unit Kerja', 'Kegiatan Disetujui', 'Laporan Semester I 2027', 'Rata-rata Capaian']);
    expect(summary.slice(1).map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ['1.', '1 dari 1', '2', '70%'],
      ['2.', '1 dari 1', '1', '25%'],
    ]);
    // Problems and solutions of the semester, with their month.
    const issues = tables.map(rowsOf).find((t) => t[0][2] === 'Kendala')!;
    expect(issues[1]).toEqual(['1', 'Nomor antrean daring', 'Maret 2027: Sinyal lemah di loket; April 2027: Printer rusak', 'April 2027: Pinjam dari TU']);
    expect(body).toContain('Tidak ada kendala yang dilaporkan.');
    // The survey of agent 1's unit: 50/50 then 100/0, the change in points.
    const survey = tables.map(rowsOf).find((t) => t[0][0] === 'Semester')!;
    expect(survey).toEqual([
      ['Semester', 'Responden', 'BAIK', 'BELUM BAIK', 'KURANG BAIK', 'TIDAK BAIK'],
      ['Semester II 2026', '2', '50%', '0%', '0%', '50%'],
      ['Semester I 2027', '2', '100% (+50)', '0% (0)', '0% (0)', '0% (-50)'],
    ]);
    expect(body).toContain('Dibanding Semester II 2026: BAIK +50, BELUM BAIK 0, KURANG BAIK 0, TIDAK BAIK -50 poin persen. Kategori terbanyak: BAIK.');
    expect(body).toContain('Belum ada jawaban survei yang dinilai dari unit kerja ini.');
  });

  it('laid out like the decree: Pengaturan’s paper and margins, the kop on page 1, tables on the text width with a repeated header row', () => {
    const ws = cycle();
    setSetting(ws, 'Ukuran Kertas', 'A4');
    make(ws);
    expect(ws.kernel.failedExecutions).toEqual([]);
    const tree = ws.docs.tree(idOf(documentLog(ws).pop()!.url));
    expect(tree.page.width).toBeCloseTo(595.28, 1);
    expect(tree.page.marginLeft).toBeCloseTo(85.04, 1);
    const textWidth = tree.page.width - tree.page.marginLeft - tree.page.marginRight;
    const tables = tree.body.filter((b) => b.type === 'TABLE');
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const t of tables) {
      if (t.type !== 'TABLE') continue;
      const sum = t.columnWidths.reduce<number>((s, w) => s + (w ?? 0), 0);
      expect(sum).toBeCloseTo(textWidth, 0);
      expect(t.pinnedHeaderRows).toBe(1);
    }
    const first = tree.body[0];
    const firstText = first.type === 'TABLE' ? '' : first.children.map((c) => (c.type === 'TEXT' ? c.runs.map((r) => r.text).join('') : '')).join('');
    expect(firstText).toBe('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR');
    expect(ws.docs.text(idOf(documentLog(ws).pop()!.url)).body.split('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR')).toHaveLength(2);
  });

  it('another semester with data on request; a semester without data is refused, naming the semesters that have some', () => {
    const ws = cycle();
    make(ws, 'Semester II 2026');
    expect(ws.kernel.failedExecutions).toEqual([]);
    const row = documentLog(ws).pop()!;
    expect(row.name).toMatch(/Semester II 2026/);
    const body = ws.docs.text(idOf(row.url)).body;
    // No report in July–December 2026: nothing realised yet; the survey's first semester alone.
    expect(body).toContain('Kategori terbanyak: BAIK (belum ada semester sebelumnya untuk dibandingkan).');
    expect(body).not.toContain('Sinyal lemah');
    const logged = documentLog(ws).length;
    make(ws, '2028-1');
    expect(lastDialog(ws)?.title).toBe(ERROR_TITLE);
    expect(lastDialog(ws)?.content).toContain('Semester I 2028 belum berisi laporan agen yang dihitung maupun hasil survei');
    expect(lastDialog(ws)?.content).toContain('Semester yang berisi data: Semester II 2026, Semester I 2027.');
    make(ws, 'tahun depan');
    expect(lastDialog(ws)?.content).toContain('"tahun depan" bukan nama semester');
    expect(documentLog(ws)).toHaveLength(logged);
  });

  it('the current semester without data is refused too (the clock in August 2027: the reports are for March and April)', () => {
    const ws = cycle(witaToMs(2027, 8, 2, 9));
    make(ws);
    expect(lastDialog(ws)?.content).toContain('Semester II 2027 belum berisi laporan');
    expect(lastDialog(ws)?.content).toContain('Semester yang berisi data: Semester II 2026, Semester I 2027.');
  });

  it('Cancel makes nothing', () => {
    const ws = cycle();
    const logged = documentLog(ws).length;
    ws.ui.answerNext('CANCEL');
    ws.run('menuBuatLaporanPemantauan');
    expect(lastDialog(ws)?.content).toBe('Laporan pemantauan tidak dibuat.');
    expect(documentLog(ws)).toHaveLength(logged);
  });

  it('refused in Indonesian without agents, and without an approved activity, saying what to do first', () => {
    const ws = preparedWorkspace();
    scoredWorkspace(ws, agents);
    ws.run('menuBuatLaporanPemantauan');
    expect(lastDialog(ws)?.title).toBe(ERROR_TITLE);
    expect(lastDialog(ws)?.content).toContain('Belum ada agen yang dicentang "Ditetapkan"');
    expect(lastDialog(ws)?.content).toContain('Siapkan Rencana Tindak');
    choose(ws, agents[0], 'Katalis');
    ws.run('menuSiapkanRencanaTindak');
    ws.run('menuBuatLaporanPemantauan');
    expect(lastDialog(ws)?.content).toContain('Belum ada kegiatan berstatus Disetujui');
    expect(lastDialog(ws)?.content).toContain('Ajukan Rencana Tindak');
    expect(ws.ui.shown().some((s) => s.kind === 'prompt')).toBe(false);
    expect(documentLog(ws)).toHaveLength(0);
  });
});

describe('Buat Laporan Pemantauan cost', () => {
  /** Calls of one report, after `extra` more reports (each with a problem) on both activities. */
  function measured(extra: number): { total: number; calls: Record<string, number> } {
    const ws = cycle();
    for (let i = 0; i < extra; i++) report(ws, { activity: i % 2 ? A : B, realisation: String(i + 1), period: i % 3 ? 'Mei 2027' : 'Juni 2027', problems: `Kendala ${i}`, solutions: `Solusi ${i}` });
    ws.kernel.advance(60_000);
    ws.kernel.resetCalls();
    make(ws);
    expect(ws.kernel.failedExecutions).toEqual([]);
    const calls = ws.kernel.calls();
    return { total: Object.values(calls).reduce((a, b) => a + b, 0), calls };
  }

  it('the same calls for 6 reports as for 62, within a budget of 500', () => {
    const few = measured(2);
    const many = measured(58);
    expect(many.total).toBe(few.total);
    expect(many.calls).toEqual(few.calls);
    // 2 agents, 1 approved activity each, 2 semesters of survey: ~480 calls, most of them the
    // Doc's cells (3 calls a cell, as the berita acara's); the count grows with agents, activities
    // and survey semesters, never with reports.
    expect(few.total).toBeLessThanOrEqual(500);
    expect(few.calls['Docs.Documents.batchUpdate']).toBe(1);
  });
});
