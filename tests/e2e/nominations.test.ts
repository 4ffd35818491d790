import { describe, expect, it } from 'vitest';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import {
  ballot,
  bare,
  connected,
  errorRows,
  ledgerRows,
  pns,
  roster,
  setSetting,
  settingValue,
  summaryValue,
  tallyBanner,
  tallyRows,
  votesOf,
} from './nominations-helpers';

const [a, b, c, d, e, f, g, h] = pns;

describe('Penjaringan: connect → submissions → corrections → re-sync', () => {
  it('connects, writes the mapping to Pengaturan, installs one trigger however often the team clicks', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    expect(lastDialog(ws)?.content).toContain('terhubung');
    expect(settingValue(ws, 'Pertanyaan Calon')).toBe('Usulan calon agen perubahan 1\nUsulan calon agen perubahan 2\nUsulan calon agen perubahan 3');
    expect(settingValue(ws, 'Pertanyaan NIP Pengusul')).toBe('NIP Anda');
    ws.run('menuHubungkanFormulirPenjaringan');
    ws.run('menuHubungkanFormulirPenjaringan');
    const mine = ws.kernel.triggers.filter((t) => t.handler === 'onNominationFormSubmit' && t.sourceId === formId);
    expect(mine).toHaveLength(1);
    ws.forms.submit(formId, ballot(a, b.nama));
    expect(ledgerRows(ws)).toHaveLength(1);
  });

  it('imports the responses the Form already had when connecting', () => {
    const ws = preparedWorkspace();
    const formId = ws.forms.createForm({
      title: 'Usulan AoC',
      items: [{ kind: 'TEXT', title: 'NIP Anda' }, { kind: 'TEXT', title: 'Calon 1' }, { kind: 'TEXT', title: 'Calon 2' }],
    });
    ws.forms.importResponses(formId, [
      { answers: { 'NIP Anda': a.nip, 'Calon 1': c.nama, 'Calon 2': d.nama }, at: Date.parse('2026-11-20T01:00:00Z') },
      { answers: { 'NIP Anda': b.nip, 'Calon 1': c.nama }, at: Date.parse('2026-11-20T02:00:00Z') },
    ]);
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
    ws.run('menuHubungkanFormulirPenjaringan');
    expect(lastDialog(ws)?.content).toContain('2 respons dibaca');
    expect(votesOf(ws, c)).toBe(2);
    expect(votesOf(ws, d)).toBe(1);
  });

  it('counts each submission: names with or without titles, NIPs; ranks, eligibility, shortlist', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama, bare(c), d.nip));
    ws.forms.submit(formId, ballot(b, bare(c), `NIP ${d.nip.slice(0, 8)} ${d.nip.slice(8, 14)} ${d.nip.slice(14, 15)} ${d.nip.slice(15)}`));
    ws.forms.submit(formId, ballot(c, bare(d).toUpperCase()));
    expect(errorRows(ws)).toEqual([]);
    const rows = tallyRows(ws);
    expect(rows.map((r) => [r.rank, r.name, r.votes, r.shortlist])).toEqual([
      [1, d.nama, 3, 'Ya'],
      [2, c.nama, 2, 'Ya'],
      [3, b.nama, 1, 'Ya'],
    ]);
    expect(rows[0].nip).toBe(`${d.nip.slice(0, 8)} ${d.nip.slice(8, 14)} ${d.nip.slice(14, 15)} ${d.nip.slice(15)}`);
    expect(summaryValue(ws, 'Dihitung')).toBe(3);
    expect(summaryValue(ws, 'Total respons')).toBe(3);
  });

  it('shows ineligible favourites with the reason and keeps them off the shortlist', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const sanctioned = roster.find((x) => x.nama === 'Theresia Nenobais') ?? roster.find((x) => /Nenobais/.test(x.nama))!;
    const nonAsn = roster.find((x) => x.status === 'Non ASN')!;
    const pppk = roster.find((x) => x.status === 'PPPK')!;
    for (const voter of [a, b, c]) ws.forms.submit(formId, ballot(voter, sanctioned.nama, nonAsn.nama, pppk.nama));
    const rows = tallyRows(ws);
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get(sanctioned.nama)).toMatchObject({ votes: 3, eligible: 'Tidak', shortlist: '', rank: '' });
    // The level only: the sanction's own text (its cut, months and year) stays in Pegawai.
    expect(byName.get(sanctioned.nama)?.reason).toMatch(/^Hukuman disiplin (ringan|sedang|berat|aktif)$/);
    expect(byName.get(sanctioned.nama)?.reason).not.toMatch(/tunjangan|%|bulan|teguran|tertulis/i);
    expect(byName.get(nonAsn.nama)).toMatchObject({ votes: 3, eligible: 'Tidak', nip: '' });
    expect(byName.get(nonAsn.nama)?.reason).toContain('Non ASN');
    expect(byName.get(pppk.nama)?.reason).toContain('PPPK');
  });

  it('counts only the latest ballot of a voter; self-nominations are not counted', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama, c.nama));
    ws.kernel.advance(60_000);
    ws.forms.submit(formId, ballot(a, d.nama, a.nama));
    const ledger = ledgerRows(ws);
    expect(ledger.map((r) => r.status)).toEqual(['digantikan', 'dihitung']);
    expect(ledger[1].notes).toContain('mengusulkan diri sendiri');
    expect(votesOf(ws, b)).toBe(0);
    expect(votesOf(ws, a)).toBe(0);
    expect(votesOf(ws, d)).toBe(1);
    expect(summaryValue(ws, 'Digantikan (pengusul mengirim lagi)')).toBe(1);
  });

  it('flags a tie at the 5th place and takes every tied person into the shortlist', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    // b: 3 votes, c: 3, d: 2, e: 2, then f, g, h with 1 each → 5th place shared by three.
    const votes: [typeof a, string[]][] = [
      [a, [b.nama, c.nama, d.nama]],
      [pns[10], [b.nama, c.nama, e.nama]],
      [pns[11], [b.nama, c.nama, d.nama]],
      [pns[12], [e.nama, f.nama]],
      [pns[13], [g.nama]],
      [pns[14], [h.nama]],
    ];
    for (const [voter, names] of votes) ws.forms.submit(formId, ballot(voter, ...names));
    const rows = tallyRows(ws);
    expect(rows.filter((r) => r.shortlist === 'Ya').map((r) => r.name).sort()).toEqual([b, c, d, e, f, g, h].map((x) => x.nama).sort());
    expect(rows.filter((r) => r.votes === 1).every((r) => r.rank === 5)).toBe(true);
    expect(tallyBanner(ws).note).toMatch(/PERHATIAN: 3 calon sama-sama memperoleh 1 suara di batas 5 besar/);
  });

  it('a correction in Koreksi Nama is used for every ballot with that text and survives re-syncs', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, 'Bu Yosi dari keuangan'));
    ws.forms.submit(formId, ballot(b, 'bu yosi dari keuangan'));
    let corrections = sheetValues(ws, 'Koreksi Nama') ?? [];
    expect(corrections.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([['Bu Yosi dari keuangan', 2, 'tidak dikenal']]);
    const validation = ws.sheets.snapshot(ws.spreadsheetId, 'Koreksi Nama')?.validations.find((v) => v.range.startsWith('B2'));
    expect(validation?.criteria).toBe('VALUE_IN_LIST');
    const labels = (validation?.values[0] as string[]) ?? [];
    expect(labels.length).toBe(roster.length);
    const label = labels.find((l) => l.startsWith(c.nama))!;
    ws.sheets.userWrite(ws.spreadsheetId, 'Koreksi Nama', 2, 2, [[label]]);
    ws.forms.submit(formId, ballot(d, e.nama));
    expect(votesOf(ws, c)).toBe(2);
    ws.run('menuSinkronkanUlangPenjaringan');
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, c)).toBe(2);
    corrections = sheetValues(ws, 'Koreksi Nama') ?? [];
    expect(corrections.slice(1).map((r) => [r[0], r[1]])).toEqual([['Bu Yosi dari keuangan', label]]);
    expect(String(corrections[1][4])).toContain('dipakai');
    expect(ledgerRows(ws)[0].counted).toContain(c.nama);
  });

  it('a correction typed as a NIP in the NIP column works too', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, 'Pak Kepala Lab'));
    ws.sheets.userWrite(ws.spreadsheetId, 'Koreksi Nama', 2, 3, [[`'${d.nip}`]]);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, d)).toBe(1);
  });
});

describe('Penjaringan: trigger events', () => {
  it('the same event delivered twice changes nothing', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const t = ws.kernel.triggers.find((x) => x.handler === 'onNominationFormSubmit')!;
    ws.kernel.addTrigger({ ...t }); // Google delivering every event twice
    ws.forms.submit(formId, ballot(a, b.nama));
    expect(ledgerRows(ws)).toHaveLength(1);
    expect(votesOf(ws, b)).toBe(1);
    expect(errorRows(ws)).toEqual([]);
  });

  it('a blank event does nothing and logs nothing', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama));
    const before = sheetValues(ws, 'Rekap Penjaringan');
    ws.kernel.run('onNominationFormSubmit', [{}], 'trigger');
    ws.kernel.run('onNominationFormSubmit', [undefined], 'trigger');
    expect(sheetValues(ws, 'Rekap Penjaringan')).toEqual(before);
    expect(errorRows(ws)).toEqual([]);
  });

  it('two submissions in the same second are both recorded; one voter twice in the same ms counts once', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const at = ws.kernel.now();
    ws.forms.submit(formId, ballot(a, c.nama), { at });
    ws.forms.submit(formId, ballot(b, c.nama), { at });
    ws.forms.submit(formId, ballot(d, e.nama), { at: at + 1 });
    ws.forms.submit(formId, ballot(d, f.nama), { at: at + 1 });
    expect(ledgerRows(ws)).toHaveLength(4);
    expect(votesOf(ws, c)).toBe(2);
    expect(votesOf(ws, e) + votesOf(ws, f)).toBe(1);
  });

  it('an edited response replaces its earlier version', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const id = ws.forms.submit(formId, ballot(a, b.nama));
    ws.kernel.advance(5 * 60_000);
    ws.forms.editResponse(formId, id, ballot(a, c.nama));
    expect(ledgerRows(ws)).toHaveLength(1);
    expect(votesOf(ws, b)).toBe(0);
    expect(votesOf(ws, c)).toBe(1);
  });

  it('when the lock is busy the response is kept and counted by the next run', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.kernel.holdScriptLock(ws.kernel.now() + 10 * 60_000);
    ws.forms.submit(formId, ballot(a, b.nama));
    expect(ledgerRows(ws)).toHaveLength(0);
    const logged = errorRows(ws);
    expect(logged).toHaveLength(1);
    expect(String(logged[0][2])).toMatch(/^Proses lain sedang/);
    expect(String(logged[0][3])).toContain('disimpan');
    ws.kernel.advance(11 * 60_000);
    ws.forms.submit(formId, ballot(c, d.nama));
    expect(ledgerRows(ws)).toHaveLength(2);
    expect(votesOf(ws, b)).toBe(1);
    expect(votesOf(ws, d)).toBe(1);
  });

  it('an error is written to Log Kesalahan and leaves the sheets as they were; the response is not lost', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama));
    const tally = sheetValues(ws, 'Rekap Penjaringan');
    const ledger = sheetValues(ws, 'Log Surat Suara');
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Sheet.getSheetValues', nth: 3, message: 'Service Spreadsheets timed out while accessing document' });
    ws.forms.submit(formId, ballot(c, d.nama));
    expect(sheetValues(ws, 'Rekap Penjaringan')).toEqual(tally);
    expect(sheetValues(ws, 'Log Surat Suara')).toEqual(ledger);
    expect(errorRows(ws).map((r) => r[1])).toEqual(['Kiriman Formulir Penjaringan']);
    ws.forms.submit(formId, ballot(e, f.nama));
    expect(votesOf(ws, d)).toBe(1);
    expect(votesOf(ws, f)).toBe(1);
  });
});
