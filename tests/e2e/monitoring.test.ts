/**
 * `Pemantauan Agen`, through the built bundle: from an approved plan through reports
 * to the computed sheet — realisation to date, % achieved, last report, open problems, a summary
 * line per agent, the survey's band distribution of the agent's unit by semester with the change
 * since the previous semester, band colours, and the chart of % achieved.
 */
import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../src/core/dates';
import { sheetValues } from './helpers';
import { agents, approvedWorkspace, label, report, ROWS, surveyOverSemesters } from './reports-helpers';

const A = label(agents[0].nama, ROWS[0]);
const B = label(agents[1].nama, ROWS[1]);
const rowOf = (v: unknown[][], first: string) => v.find((r) => String(r[0]) === first);

describe('Pemantauan Agen', () => {
  it('sums the counted reports per activity against the target, with a summary line per agent', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    report(ws, { activity: A, realisation: '3', problems: 'Sinyal lemah di loket' });
    report(ws, { activity: A, realisation: '4', period: 'April 2027', problems: 'Printer rusak', solutions: 'Pinjam dari TU' });
    report(ws, { activity: A, realisation: '50%' });
    report(ws, { activity: B, realisation: '5' });
    expect(ws.kernel.failedExecutions).toEqual([]);
    const v = sheetValues(ws, 'Pemantauan Agen')!;
    expect(v[0][0]).toBe('Pemantauan Agen Perubahan');
    const header = v.findIndex((r) => r[0] === 'Agen' && r[1] === 'NIP');
    expect(v[header]).toEqual(['Agen', 'NIP', 'Unit Kerja', 'No', 'Kegiatan', 'Status', 'Target', 'Realisasi s.d. Kini', '% Capaian', 'Laporan Terakhir', 'Kendala Terbuka', ...new Array(v[header].length - 11).fill('')]);
    const a = v[header + 1];
    expect(a.slice(0, 9)).toEqual([agents[0].nama, expect.stringMatching(/^\d{8} \d{6} \d \d{3}$/), agents[0].unit, '1', 'Nomor antrean daring', 'Disetujui', 10, 7, 70]);
    expect(a[10]).toBe('Sinyal lemah di loket');
    const sumA = rowOf(v, `Ringkasan: ${agents[0].nama}`)!;
    expect(sumA[4]).toBe('1 dari 1 kegiatan disetujui');
    expect(sumA[8]).toBe(70);
    expect(sumA[10]).toBe('1 kendala tanpa solusi');
    expect(rowOf(v, `Ringkasan: ${agents[1].nama}`)![8]).toBe(25);
    // The chart of % achieved per agent.
    expect(ws.sheets.snapshot(ws.spreadsheetId, 'Pemantauan Agen')!.charts).toHaveLength(1);
  });

  it('shows the survey bands of the agent’s unit by semester and the change since the previous one, in the bands’ colours', () => {
    const ws = approvedWorkspace();
    const unit = agents[0].unit;
    surveyOverSemesters(ws);
    ws.run('menuSiapkanRencanaTindak');
    const v = sheetValues(ws, 'Pemantauan Agen')!;
    const h = v.findIndex((r) => r[0] === 'Unit Kerja' && r[1] === 'Semester');
    expect(v[h].slice(0, 8)).toEqual(['Unit Kerja', 'Semester', 'Responden', 'BAIK (%)', 'BELUM BAIK (%)', 'KURANG BAIK (%)', 'TIDAK BAIK (%)', 'Kategori Terbanyak']);
    const rows = v.filter((r) => r[0] === unit);
    expect(rows.map((r) => [r[1], r[2], r[3], r[6]])).toEqual([
      ['Semester II 2026 (Juli–Desember)', 2, 50, 50],
      ['Semester I 2027 (Januari–Juni)', 2, 100, 0],
    ]);
    expect(rows[0][8]).toBe('–');
    expect(rows[1][8]).toBe('+50');
    expect(rows[1][11]).toBe('-50');
    const snap = ws.sheets.snapshot(ws.spreadsheetId, 'Pemantauan Agen')!;
    expect(snap.conditionalFormats.length).toBeGreaterThan(0);
  });
});
