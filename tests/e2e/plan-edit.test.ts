/**
 * The edit-time review of Rencana Tindak (M3; simple trigger onEdit, through the built bundle): an
 * approved row changed by its agent is Diajukan again at the edit, a decision the head types is
 * recorded at that moment, and nothing but the product's cells of the edited rows is written —
 * no other sheet is read or written, and an edit elsewhere costs two calls.
 */
import { describe, expect, it } from 'vitest';
import { sheetValues } from './helpers';
import { agents, approvedWorkspace, decide, entryRow, HEAD, plan, planCol } from './reports-helpers';

const status = (ws: ReturnType<typeof approvedWorkspace>, row: number) => plan(ws)[row - 1][planCol(ws, 'Status')];
const change = (ws: ReturnType<typeof approvedWorkspace>, row: number) => String(plan(ws)[row - 1][planCol(ws, 'Perubahan Setelah Keputusan')]);
const AGENT = 'agen.satu@dinkes.nttprov.go.id';

describe('onEdit on Rencana Tindak', () => {
  it('an approved row its agent changes is Diajukan at once, with the change written out and a new Tanggal Diajukan; other sheets untouched', () => {
    const ws = approvedWorkspace({ simpleEditTrigger: true });
    ws.run('menuBuatFormulirLaporan');
    const row = entryRow(ws, agents[0].nama, 1);
    expect(status(ws, row)).toBe('Disetujui');
    const others = ['Pemantauan Agen', 'Laporan Rencana Tindak', 'Pengaturan', 'Penilaian'].map((n) => JSON.stringify(sheetValues(ws, n)));
    ws.kernel.advance(3 * 86_400_000);
    ws.kernel.resetCalls();
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', row, 5, [[12]], AGENT);
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect(status(ws, row)).toBe('Diajukan');
    expect(change(ws, row)).toContain('Target "10" → "12"');
    const at = plan(ws)[row - 1][planCol(ws, 'Tanggal Diajukan')] as Date;
    expect(ws.kernel.now() - at.getTime()).toBeLessThan(60_000);
    // The head's columns and every other sheet are as they were.
    expect(plan(ws)[row - 1][planCol(ws, 'Keputusan Pimpinan')]).toBe('Disetujui');
    expect(['Pemantauan Agen', 'Laporan Rencana Tindak', 'Pengaturan', 'Penilaian'].map((n) => JSON.stringify(sheetValues(ws, n)))).toEqual(others);
    // Cheap: the header and the edited row read, the product's changed cells written.
    const calls = ws.kernel.calls();
    expect(ws.kernel.totalCalls()).toBeLessThanOrEqual(16);
    expect(Object.keys(calls).every((k) => k.startsWith('SpreadsheetApp.'))).toBe(true);
    expect(calls['SpreadsheetApp.Range.setValues']).toBeLessThanOrEqual(3);
  });

  it('a decision the head types is recorded at the edit: a change the agent makes before any menu runs is still seen', () => {
    const ws = approvedWorkspace({ simpleEditTrigger: true });
    const row = entryRow(ws, agents[1].nama, 1);
    // A new decision, then at once a change by the agent (no menu in between).
    decide(ws, row, 'Disetujui', '20/01/2027');
    expect(status(ws, row)).toBe('Disetujui');
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', row, 6, [['Kanal pengaduan WhatsApp dan SMS']], AGENT);
    expect(status(ws, row)).toBe('Diajukan');
    expect(change(ws, row)).toContain('"Kanal pengaduan WhatsApp" → "Kanal pengaduan WhatsApp dan SMS"');
    // The menu agrees.
    ws.run('menuSiapkanRencanaTindak');
    expect(status(ws, row)).toBe('Diajukan');
    // The head decides again: Disetujui at the edit.
    decide(ws, row, 'Disetujui', '21/01/2027');
    expect(status(ws, row)).toBe('Disetujui');
    expect(change(ws, row)).toBe('');
  });

  it('an approved row emptied by its agent is Belum Lengkap at once (as the menu would say); a new row is left for Ajukan', () => {
    const ws = approvedWorkspace({ simpleEditTrigger: true });
    const r1 = entryRow(ws, agents[0].nama, 1);
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', r1, 2, [['', '', '', '', '', '', '']], AGENT);
    expect(status(ws, r1)).toBe('Belum Lengkap');
    expect(change(ws, r1)).toContain('Diubah setelah Disetujui');
    ws.run('menuSiapkanRencanaTindak');
    expect(status(ws, r1)).toBe('Belum Lengkap');
    const r2 = entryRow(ws, agents[0].nama, 2);
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', r2, 2, [['SOLIDER – Solid', 'a', 'b', 5, 'c', 'd', '']], AGENT);
    expect(status(ws, r2)).toBe(''); // not submitted: the menu submits
  });

  it('an edit on another sheet costs two calls and writes nothing', () => {
    const ws = approvedWorkspace({ simpleEditTrigger: true });
    const before = JSON.stringify(sheetValues(ws, 'Rencana Tindak'));
    ws.kernel.resetCalls();
    ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 5, 3, [['Kepala Seksi']]);
    expect(ws.kernel.calls()).toEqual({ 'SpreadsheetApp.Range.getSheet': 1, 'SpreadsheetApp.Sheet.getName': 1 });
    expect(JSON.stringify(sheetValues(ws, 'Rencana Tindak'))).toBe(before);
  });

  it('runs as the person editing, in AuthMode.LIMITED; an add-on not yet used here (NONE) does nothing', () => {
    const ws = approvedWorkspace({ simpleEditTrigger: true });
    const row = entryRow(ws, agents[0].nama, 1);
    ws.kernel.resetCalls();
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', row, 5, [[11]], HEAD);
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect(status(ws, row)).toBe('Diajukan');

    const addon = approvedWorkspace({ addOn: true, simpleEditTrigger: true });
    addon.kernel.addOnEnabled = false;
    const r = entryRow(addon, agents[0].nama, 1);
    addon.kernel.resetCalls();
    addon.sheets.userWrite(addon.spreadsheetId, 'Rencana Tindak', r, 5, [[11]], HEAD);
    expect(addon.kernel.totalCalls()).toBe(0);
    expect(status(addon, r)).toBe('Disetujui');
  });
});

describe('protection of the head’s columns when Google keeps or drops the protection’s creator (undocumented)', () => {
  const RB = 'rb.dua@dinkes.nttprov.go.id';
  /** The plan laid out and submitted by a team member who does not own the spreadsheet. */
  function byTeamMember(protectionKeeps: 'owner' | 'owner-and-creator' | 'nobody') {
    const ws = approvedWorkspace({ protectionKeeps });
    (ws.kernel as { user: string }).user = RB;
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', entryRow(ws, agents[0].nama, 2), 2, [['SOLIDER – Solid', 'a', 'b', 5, 'c', 'd', '']]);
    return ws;
  }

  it.each(['owner', 'owner-and-creator', 'nobody'] as const)('%s kept: the head still decides, others are refused, and the message names who else Google lets edit', (keeps) => {
    const ws = approvedWorkspace({ protectionKeeps: keeps });
    ws.run('menuAjukanRencanaTindak');
    const row = entryRow(ws, agents[0].nama, 1);
    expect(() => ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', row, planCol(ws, 'Keputusan Pimpinan') + 1, [['Perlu Perbaikan']], AGENT)).toThrow();
    decide(ws, row, 'Perlu Perbaikan', '12/01/2027');
    expect(plan(ws)[row - 1][planCol(ws, 'Keputusan Pimpinan')]).toBe('Perlu Perbaikan');
    const d = String(ws.ui.shown().at(-1)?.content ?? '');
    expect(d).not.toContain('undefined');
  });

  it('creator kept (owner-and-creator): a team member who made the protection is named as its maker, not as the owner', () => {
    const ws = byTeamMember('owner-and-creator');
    // A fresh protection made by the team member.
    const prot = ws.sheets.snapshot(ws.spreadsheetId, 'Rencana Tindak');
    expect(prot).not.toBeNull();
    ws.run('menuAjukanRencanaTindak');
    const d = String(ws.ui.shown().at(-1)?.content ?? '');
    expect(d).not.toContain(`${RB} (pemilik spreadsheet)`);
  });

  it('creator dropped: a team member outside the approvers cannot change the list and is told who can', () => {
    const ws = byTeamMember('owner');
    ws.run('menuAjukanRencanaTindak');
    const d = String(ws.ui.shown().at(-1)?.content ?? '');
    expect(d).toContain('Akun Anda tidak termasuk yang dapat mengubah kolom keputusan');
    expect(d).toContain('pemilik spreadsheet menjalankan Ajukan Rencana Tindak');
  });
});
