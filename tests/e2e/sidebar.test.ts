/**
 * The sidebar's server functions through the built bundle, as google.script.run calls them:
 * plain data in, plain data out, `Pengaturan` written only when every field is right.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';

interface Field {
  key: string;
  label: string;
  input: string;
  value: string;
}
interface State {
  ok: boolean;
  message: string;
  groups: { title: string; fields: Field[] }[];
}
interface Save {
  ok: boolean;
  errors: Record<string, string>;
  saved: string[];
  message: string;
}
interface Check {
  ok: boolean;
  message: string;
  title: string;
  mapping: { label: string; value: string }[];
  notes: string[];
}

const load = (ws: Workspace) => ws.run<State>('sidebarLoad');
const save = (ws: Workspace, input: unknown) => ws.run<Save>('sidebarSave', input);
const check = (ws: Workspace, kind: string, url: string) => ws.run<Check>('sidebarCheckFormUrl', kind, url);
const field = (s: State, key: string) => s.groups.flatMap((g) => g.fields).find((f) => f.key === key)!;
const setting = (ws: Workspace, label: string) => (sheetValues(ws, 'Pengaturan') ?? []).find((r) => r[0] === label)?.[1];

describe('Pengaturan sidebar: server functions', () => {
  it('the menu item shows the sidebar page', () => {
    const ws = preparedWorkspace();
    ws.run('menuPengaturan');
    const shown = ws.ui.shown().filter((s) => s.kind === 'sidebar');
    expect(shown).toHaveLength(1);
    expect(shown[0].title).toBe('Pengaturan Agen Perubahan');
    expect(shown[0].content).toContain('google.script.run');
  });

  it('loads the values as stored, dates in Indonesian', () => {
    const ws = preparedWorkspace();
    const rows = sheetValues(ws, 'Pengaturan') ?? [];
    const at = (label: string) => rows.findIndex((r) => r[0] === label) + 1;
    ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', at('Tanggal Penetapan'), 2, [[new Date(Date.UTC(2026, 10, 26, 16, 0))]]);
    ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', at('Periode Tugas Mulai'), 2, [['2027-01-01']]);
    const s = load(ws);
    expect(s.ok).toBe(true);
    expect(s.groups.map((g) => g.title)).toEqual(['Formulir Google', 'Data Instansi (kop surat)', 'Surat Keputusan', 'Rencana Tindak dan Pengingat', 'Penjaringan dan Penilaian']);
    expect(field(s, 'tanggalPenetapan').value).toBe('27 November 2026');
    expect(field(s, 'periodeMulai').value).toBe('1 Januari 2027');
    expect(field(s, 'instansi').value).toBe('Dinas Kesehatan Provinsi Nusa Tenggara Timur');
    expect(field(s, 'shortlistSize')).toMatchObject({ value: '5', input: 'number' });
    expect(field(s, 'assessors').input).toBe('multiline');
  });

  it('saves only what changed, one row each, and the settings read back valid', () => {
    const ws = preparedWorkspace();
    ws.kernel.resetCalls();
    const r = save(ws, { kota: 'Kupang', kepalaNip: '19700101 199503 2 002', tanggalPenetapan: '27/11/2026', shortlistSize: '7' });
    expect(r).toMatchObject({ ok: true, errors: {}, saved: ['NIP Kepala Dinas', 'Tanggal Penetapan', 'Jumlah Daftar Pendek'] });
    expect(ws.kernel.calls()['SpreadsheetApp.Range.setValue']).toBe(3);
    expect(setting(ws, 'NIP Kepala Dinas')).toBe('197001011995032002');
    expect(field(load(ws), 'tanggalPenetapan').value).toBe('27 November 2026');
    expect(field(load(ws), 'shortlistSize').value).toBe('7');
    // Stored as the team would read it: no apostrophe, and Pengaturan parses without problems.
    expect(setting(ws, 'Jumlah Daftar Pendek')).toBe('7');
    expect(ws.run<{ problems: string[] }>('statusLoad').problems).toEqual([]);
    expect(save(ws, { shortlistSize: '7' })).toMatchObject({ ok: true, saved: [], message: 'Tidak ada perubahan.' });
  });

  it('the approval and reminder settings are in the sidebar, saved to Pengaturan and read back by the product (Kirim Pengingat Email off by default)', () => {
    const ws = preparedWorkspace();
    const s = load(ws);
    expect(s.groups.find((g) => g.title === 'Rencana Tindak dan Pengingat')!.fields.map((f) => [f.key, f.label, f.input])).toEqual([
      ['kepalaEmail', 'Email Kepala Dinas', 'email'],
      ['approvalDelegates', 'Delegasi Persetujuan Rencana Tindak', 'multiline'],
      ['reminderEmail', 'Kirim Pengingat Email', 'text'],
    ]);
    expect(field(s, 'reminderEmail').value).toBe('Tidak');
    // The setting's note says what it does, in the sheet (and the sidebar shows the same help).
    expect(String((sheetValues(ws, 'Pengaturan') ?? []).find((r) => r[0] === 'Kirim Pengingat Email')?.[2])).toContain('Tidak (bawaan): tidak ada email yang dikirim');
    const r = save(ws, { kepalaEmail: 'Kepala.Dinas@dinkes.nttprov.go.id', approvalDelegates: 'rb.satu@dinkes.nttprov.go.id\nrb.dua@dinkes.nttprov.go.id', reminderEmail: 'ya' });
    expect(r).toMatchObject({ ok: true, saved: ['Email Kepala Dinas', 'Delegasi Persetujuan Rencana Tindak', 'Kirim Pengingat Email'] });
    expect(setting(ws, 'Email Kepala Dinas')).toBe('kepala.dinas@dinkes.nttprov.go.id');
    expect(setting(ws, 'Delegasi Persetujuan Rencana Tindak')).toBe('rb.satu@dinkes.nttprov.go.id\nrb.dua@dinkes.nttprov.go.id');
    expect(setting(ws, 'Kirim Pengingat Email')).toBe('Ya');
    const bad = save(ws, { approvalDelegates: 'Ibu Ani' });
    expect(bad.ok).toBe(false);
    expect(bad.errors.approvalDelegates).toContain('Bukan alamat email');
  });

  it('writes a formula-looking name as text', () => {
    const ws = preparedWorkspace();
    save(ws, { kepalaNama: '=IMPORTXML("http://x","//a")' });
    const snap = ws.sheets.snapshot(ws.spreadsheetId, 'Pengaturan')!;
    const i = snap.values.findIndex((r) => r[0] === 'Nama Kepala Dinas');
    expect(snap.formulas[i][1]).toBe('');
    expect(field(load(ws), 'kepalaNama').value).toBe('=IMPORTXML("http://x","//a")');
  });

  it('refuses the whole save when one field is wrong, naming the field', () => {
    const ws = preparedWorkspace();
    const before = JSON.stringify(sheetValues(ws, 'Pengaturan'));
    const r = save(ws, { kota: 'Atambua', perBallotLimit: '25', nominationFormUrl: 'https://docs.google.com/forms/d/1NoSuchForm0000000000000000000/edit' });
    expect(r.ok).toBe(false);
    expect(Object.keys(r.errors).sort()).toEqual(['nominationFormUrl', 'perBallotLimit']);
    expect(r.errors.perBallotLimit).toContain('1–20');
    expect(r.errors.nominationFormUrl).toContain('tidak dapat dibuka');
    expect(JSON.stringify(sheetValues(ws, 'Pengaturan'))).toBe(before);
  });

  it('a row the team deleted from Pengaturan is added back when its field is saved', () => {
    const ws = preparedWorkspace();
    const rows = sheetValues(ws, 'Pengaturan') ?? [];
    const i = rows.findIndex((r) => r[0] === 'Kode Pos');
    ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', i + 1, 1, [['', '', '']]);
    expect(save(ws, { kodePos: '85111' }).ok).toBe(true);
    expect(setting(ws, 'Kode Pos')).toBe('85111');
  });

  it('tolerates junk from the page: unknown keys ignored, non-text refused, no input at all', () => {
    const ws = preparedWorkspace();
    expect(save(ws, { nomineeQuestions: 'x', bogus: 1 })).toMatchObject({ ok: true, saved: [] });
    expect(save(ws, { kota: 12 }).errors.kota).toContain('tidak terbaca');
    expect(save(ws, null)).toMatchObject({ ok: true, saved: [] });
  });

  it('checks a nomination Form that collects e-mail and a survey Form without numbered options', () => {
    const ws = preparedWorkspace();
    const nom = ws.forms.createForm({
      title: 'Penjaringan',
      collectEmail: true,
      items: [{ kind: 'CHECKBOX', title: 'Calon yang Anda usulkan', choices: ['A', 'B'] }],
    });
    const c = check(ws, 'nomination', ws.forms.view(nom).editUrl);
    expect(c.ok).toBe(true);
    expect(c.mapping).toEqual([
      { label: 'Pertanyaan calon (dikenali otomatis)', value: 'Calon yang Anda usulkan' },
      { label: 'Identitas pengusul', value: 'email responden (formulir mengumpulkan email)' },
    ]);
    const sur = ws.forms.createForm({ title: 'Survei', items: [{ kind: 'MULTIPLE_CHOICE', title: 'Q', choices: ['Baik', 'Buruk'] }] });
    const s = check(ws, 'survey', ws.forms.view(sur).editUrl);
    expect(s.ok).toBe(false);
    expect(s.title).toBe('Survei');
    expect(s.notes.join(' ')).toContain('pilihan bernomor');
    const none = ws.forms.createForm({ title: 'Kosong', items: [{ kind: 'TEXT', title: 'Nama Anda' }] });
    expect(check(ws, 'nomination', ws.forms.view(none).editUrl).message).toContain('Tidak ada pertanyaan calon');
  });
});
