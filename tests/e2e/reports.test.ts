/**
 * Progress reports (M4), through the built bundle: "Buat Formulir Laporan" makes the
 * product's own Form with the approved activities; each response lands in `Laporan Rencana Tindak`
 * through the Form's trigger (or the spreadsheet route of an add-on), validated and explained.
 */
import { describe, expect, it } from 'vitest';
import { lastDialog, sheetValues } from './helpers';
import { choose, col, rowOf, setSetting } from './assessment-helpers';
import { AGENT_MAIL, agents, approvedWorkspace, decide, entryRow, label, ledger, report, reportForm, ROWS } from './reports-helpers';

const A = label(agents[0].nama, ROWS[0]);
const B = label(agents[1].nama, ROWS[1]);

describe('Buat Formulir Laporan', () => {
  it('makes a new Form of the product’s own with the approved activities and the months of the term, and a trigger on it', () => {
    const ws = approvedWorkspace();
    ws.kernel.resetCalls();
    ws.run('menuBuatFormulirLaporan');
    expect(ws.kernel.calls()['FormApp.create']).toBe(1);
    const d = lastDialog(ws)!;
    expect(d.title).toBe('Buat Formulir Laporan');
    expect(d.content).toContain('2 kegiatan yang disetujui');
    expect(d.content).toContain('12 bulan');
    const id = reportForm(ws);
    const form = ws.forms.view(id);
    expect(form.title).toBe('Laporan Pelaksanaan Rencana Tindak Agen Perubahan');
    const items = Object.fromEntries(form.items.map((i) => [i.title, i]));
    expect(items['Kegiatan (rencana tindak yang disetujui)'].choices).toEqual([A, B]);
    expect(items['Periode (bulan pelaksanaan)'].choices[0]).toBe('Januari 2027');
    expect(items['Periode (bulan pelaksanaan)'].choices).toHaveLength(12);
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onReportFormSubmit' && t.sourceId === id)).toHaveLength(1);
    expect(sheetValues(ws, 'Laporan Rencana Tindak')![0][0]).toBe('ID Laporan');
    // A second run makes no second Form.
    ws.kernel.resetCalls();
    ws.run('menuBuatFormulirLaporan');
    expect(lastDialog(ws)!.content).toContain('sudah ada');
    expect(ws.kernel.calls()['FormApp.create']).toBeUndefined();
    expect(reportForm(ws)).toBe(id);
  });

  it('with no approved activity it says what to do and makes nothing', () => {
    const ws = approvedWorkspace();
    decide(ws, entryRow(ws, agents[0].nama, 1), 'Perlu Perbaikan', '11/01/2027');
    decide(ws, entryRow(ws, agents[1].nama, 1), 'Perlu Perbaikan', '11/01/2027');
    ws.kernel.resetCalls();
    ws.run('menuBuatFormulirLaporan');
    expect(lastDialog(ws)!.content).toContain('Belum ada kegiatan berstatus Disetujui');
    expect(ws.kernel.calls()['FormApp.create']).toBeUndefined();
    expect(() => reportForm(ws)).toThrow();
  });

  it('keeps the activity dropdown current: an activity approved later is added, one sent back for repair leaves it', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    decide(ws, entryRow(ws, agents[1].nama, 1), 'Perlu Perbaikan', '12/01/2027');
    ws.run('menuSiapkanRencanaTindak');
    const choices = () => ws.forms.view(reportForm(ws)).items.find((i) => i.title.startsWith('Kegiatan'))!.choices;
    expect(choices()).toEqual([A]);
    decide(ws, entryRow(ws, agents[1].nama, 1), 'Disetujui', '13/01/2027');
    ws.run('menuSiapkanRencanaTindak');
    expect(choices()).toEqual([A, B]);
  });
});

describe('Laporan Rencana Tindak', () => {
  it('one row per report, with the agent, NIP, target and realisation', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    report(ws, { activity: A, realisation: '4', problems: 'Sinyal lemah', solutions: 'Pakai SMS', evidence: 'https://drive.google.com/x' });
    expect(ws.kernel.failedExecutions).toEqual([]);
    const [r] = ledger(ws);
    expect(r).toMatchObject({ Pelapor: AGENT_MAIL, Agen: agents[0].nama, No: '1', Periode: 'Maret 2027', Realisasi: 4, Target: 10, Kendala: 'Sinyal lemah', Solusi: 'Pakai SMS', Status: 'Dihitung', Keterangan: '' });
    expect(String(r['NIP Agen']).replace(/\s/g, '')).toBe(agents[0].nip);
  });

  it.each(['50%', 'lima puluh'])('a realisation "%s" typed as text is kept, not counted, and says to write the number', (typed) => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    report(ws, { activity: A, realisation: typed });
    const [r] = ledger(ws);
    expect(r.Status).toBe('Tidak dihitung');
    expect(r.Realisasi).toBe(typed);
    expect(String(r.Keterangan)).toContain(`Realisasi "${typed}" bukan angka`);
  });

  it('the same report submitted twice is counted once; the second says which it repeats', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    const first = report(ws, { activity: A, realisation: '4' });
    report(ws, { activity: A, realisation: '4' });
    const rows = ledger(ws);
    expect(rows.map((r) => r.Status)).toEqual(['Dihitung', 'Tidak dihitung']);
    expect(String(rows[1].Keterangan)).toContain(`Sama dengan laporan ${first}`);
  });

  it('a report for an activity that is not approved (sent back before the agent submitted) is kept and marked', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    // The head sends it back; the agent still has the Form open with the old list.
    decide(ws, entryRow(ws, agents[0].nama, 1), 'Perlu Perbaikan', '12/01/2027');
    report(ws, { activity: A, realisation: '4' });
    const [r] = ledger(ws);
    expect(r.Status).toBe('Tidak dihitung');
    expect(String(r.Keterangan)).toContain('belum disetujui pimpinan');
  });

  it('a month outside the term of duty (the term was shortened) is kept and marked', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    setSetting(ws, 'Periode Tugas Selesai', '30 Juni 2027');
    report(ws, { activity: A, realisation: '4', period: 'Agustus 2027' });
    const [r] = ledger(ws);
    expect(r.Status).toBe('Tidak dihitung');
    expect(String(r.Keterangan)).toContain('Periode Agustus 2027 di luar masa tugas (Januari 2027 – Juni 2027');
  });

  it('an agent who is no longer an agent (decree redrafted) leaves the dropdown', () => {
    const ws = approvedWorkspace();
    ws.run('menuBuatFormulirLaporan');
    ws.sheets.userWrite(ws.spreadsheetId, 'Penilaian', rowOf(ws, agents[1]), col(ws, 'Ditetapkan') + 1, [[false]]);
    choose(ws, agents[2], 'Penghubung');
    ws.run('menuSiapkanRencanaTindak');
    const choices = ws.forms.view(reportForm(ws)).items.find((i) => i.title.startsWith('Kegiatan'))!.choices;
    expect(choices).toEqual([A]);
  });

  it('through the add-on route (no trigger on the Form allowed): the Form writes to this spreadsheet and the report lands', () => {
    const ws = approvedWorkspace({ addOn: true });
    ws.run('menuBuatFormulirLaporan');
    const id = reportForm(ws);
    expect(ws.forms.view(id).destination?.spreadsheetId).toBe(ws.spreadsheetId);
    expect(ws.kernel.triggers.filter((t) => t.handler === 'onSpreadsheetFormSubmit')).toHaveLength(1);
    report(ws, { activity: B, realisation: '7' });
    expect(ws.kernel.failedExecutions).toEqual([]);
    expect(ledger(ws).map((r) => [r.Agen, r.Realisasi, r.Status])).toEqual([[agents[1].nama, 7, 'Dihitung']]);
  });
});

describe('cost of one report', () => {
  it('is the same number of service calls after 5 and after 60 earlier reports, within a budget', () => {
    const counts = [5, 60].map((n) => {
      const ws = approvedWorkspace();
      ws.run('menuBuatFormulirLaporan');
      for (let i = 0; i < n; i++) report(ws, { activity: i % 2 ? A : B, realisation: String(i) });
      ws.kernel.resetCalls();
      report(ws, { activity: A, realisation: '99' });
      expect(ws.kernel.failedExecutions).toEqual([]);
      expect(ledger(ws)).toHaveLength(n + 1);
      return ws.kernel.totalCalls();
    });
    expect(counts[1]).toBe(counts[0]);
    // 37 for the ledger row alone; 66 since Pemantauan Agen is laid out after each report (Pegawai,
    // the ledger and Hasil Survei read once each, one write, three style calls, the chart): constant in N.
    // 72: +2 for the run record (who ran it, when: Status & Bantuan's "Terakhir berjalan" of the report Form), still constant in N.
    expect(counts[0]).toBeLessThanOrEqual(72);
  });
});
