/**
 * Approval of action plans (M3), through the built bundle: "Ajukan Rencana Tindak" submits
 * complete rows and names incomplete ones column by column; only the head (Email Kepala Dinas in
 * Pengaturan) and the delegates can type a decision; an approved row changed by its agent goes back
 * to Diajukan with the change written out; without the head's e-mail nothing is submitted.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { PROTECTED_EDIT_ERROR } from '../../src/offline/workspace/sheets/protection';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { choose, eligible, scoredWorkspace, setSetting } from './assessment-helpers';

const HEAD = 'kepala.dinas@dinkes.nttprov.go.id';
const DELEGATE = 'sekretaris@dinkes.nttprov.go.id';
const AGENT = 'agen.satu@dinkes.nttprov.go.id';
const five = eligible.slice(0, 5);

const plan = (ws: Workspace) => sheetValues(ws, 'Rencana Tindak')!;
const col = (ws: Workspace, header: string) => {
  const c = plan(ws)[0].indexOf(header);
  expect(c, header).toBeGreaterThanOrEqual(8);
  return c;
};
/** 1-based row of entry `no` in the block of `name`. */
const entryRow = (ws: Workspace, name: string, no: number) => plan(ws).findIndex((r) => String(r[0]).includes(name)) + 1 + no;
const cell = (ws: Workspace, row: number, header: string) => plan(ws)[row - 1][col(ws, header)];

const ROW = ['BerAKHLAK – Adaptif', 'Antrean layanan lebih singkat', 'Waktu tunggu rata-rata (menit)', 10, 'Nomor antrean daring', 'Januari–Juni 2027', ''];

function withPlan(options: { head?: string } = { head: HEAD }): Workspace {
  const ws = preparedWorkspace();
  scoredWorkspace(ws, five);
  choose(ws, five[0], 'Katalis');
  choose(ws, five[1], 'Mediator');
  if (options.head !== undefined) setSetting(ws, 'Email Kepala Dinas', options.head);
  setSetting(ws, 'Delegasi Persetujuan Rencana Tindak', DELEGATE);
  ws.run('menuSiapkanRencanaTindak');
  return ws;
}

function decide(ws: Workspace, row: number, who: string, decision: string, note: string, date: string): void {
  ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', row, col(ws, 'Keputusan Pimpinan') + 1, [[decision, note, date, who]], who);
}

describe('Rencana Tindak: approval columns and Ajukan Rencana Tindak', () => {
  it('has the approval columns after the seed’s eight', () => {
    const ws = withPlan();
    expect(plan(ws)[0].slice(8, 15)).toEqual(['Status', 'Tanggal Diajukan', 'Keputusan Pimpinan', 'Catatan Pimpinan', 'Tanggal Keputusan', 'Diputuskan Oleh', 'Perubahan Setelah Keputusan']);
  });

  it('submits complete rows as Diajukan and names the incomplete ones column by column', () => {
    const ws = withPlan();
    const r1 = entryRow(ws, five[0].nama, 1);
    const r2 = entryRow(ws, five[0].nama, 2);
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', r1, 2, [ROW]);
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', r2, 2, [['SOLIDER – Responsif', 'Keluhan dijawab cepat', '', 'sepuluh', 'Kanal pengaduan', '', '']]);
    ws.ui.clear();
    ws.run('menuAjukanRencanaTindak');
    const d = lastDialog(ws)!;
    expect(d.title).toBe('Ajukan Rencana Tindak');
    expect(d.content).toContain('Diajukan (menunggu keputusan): 1 baris');
    expect(d.content).toContain(`${five[0].nama}, baris ${r2} (No 2): kolom 4 Indikator Kinerja masih kosong; kolom 7 Waktu masih kosong; kolom 5 Target harus angka (tertulis "sepuluh")`);
    expect(d.content).toContain(HEAD);
    expect(cell(ws, r1, 'Status')).toBe('Diajukan');
    expect(cell(ws, r2, 'Status')).toBe('Belum Lengkap');
    // What the agent typed is unchanged, and untouched rows have no status.
    expect(plan(ws)[r1 - 1].slice(1, 8)).toEqual(ROW);
    expect(cell(ws, entryRow(ws, five[0].nama, 3), 'Status')).toBe('');
  });

  it('only the head and the delegates can type into the decision columns', () => {
    const ws = withPlan();
    const r1 = entryRow(ws, five[0].nama, 1);
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', r1, 2, [ROW]);
    ws.run('menuAjukanRencanaTindak');
    // The agent (or anyone else) is refused by Google; nothing is written.
    expect(() => decide(ws, r1, AGENT, 'Disetujui', 'setuju sendiri', '01/12/2026')).toThrow(PROTECTED_EDIT_ERROR);
    expect(cell(ws, r1, 'Keputusan Pimpinan')).toBe('');
    expect(() => decide(ws, r1, DELEGATE, 'Perlu Perbaikan', 'Target terlalu rendah', '02/12/2026')).not.toThrow();
    decide(ws, r1, HEAD, 'Disetujui', 'Lanjutkan', '03/12/2026');
    ws.run('menuSiapkanRencanaTindak');
    expect(cell(ws, r1, 'Status')).toBe('Disetujui');
  });

  it('an approved row changed by its agent returns to Diajukan, with the change shown; a new decision approves it again', () => {
    const ws = withPlan();
    const r1 = entryRow(ws, five[0].nama, 1);
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', r1, 2, [ROW]);
    ws.run('menuAjukanRencanaTindak');
    decide(ws, r1, HEAD, 'Disetujui', 'Lanjutkan', '03/12/2026');
    ws.run('menuSiapkanRencanaTindak');
    expect(cell(ws, r1, 'Status')).toBe('Disetujui');
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', r1, 5, [[12]], AGENT);
    ws.run('menuSiapkanRencanaTindak');
    expect(cell(ws, r1, 'Status')).toBe('Diajukan');
    expect(String(cell(ws, r1, 'Perubahan Setelah Keputusan'))).toContain('Target "10" → "12"');
    // The head's decision is left as the head typed it.
    expect(cell(ws, r1, 'Keputusan Pimpinan')).toBe('Disetujui');
    decide(ws, r1, HEAD, 'Disetujui', 'Target baru disetujui', '05/12/2026');
    ws.run('menuAjukanRencanaTindak');
    expect(cell(ws, r1, 'Status')).toBe('Disetujui');
    expect(cell(ws, r1, 'Perubahan Setelah Keputusan')).toBe('');
  });

  it('without the head’s e-mail in Pengaturan nothing is submitted, and the message says where to set it', () => {
    const ws = withPlan({});
    const r1 = entryRow(ws, five[0].nama, 1);
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', r1, 2, [ROW]);
    const before = plan(ws);
    ws.ui.clear();
    ws.run('menuAjukanRencanaTindak');
    const d = lastDialog(ws)!;
    expect(d.title).toBe('Agen Perubahan — ada masalah');
    expect(d.content).toContain('Email Kepala Dinas belum diisi di lembar Pengaturan');
    expect(plan(ws)).toEqual(before);
  });

  it('an e-mail that is not one is refused the same way', () => {
    const ws = withPlan({ head: 'Kepala Dinas' });
    ws.ui.clear();
    ws.run('menuAjukanRencanaTindak');
    expect(lastDialog(ws)!.content).toContain('bukan alamat email');
  });
});
