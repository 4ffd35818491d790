/** Every bad input for the decree (D4), through the built bundle. Nothing is drafted on a refusal. */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { lastDialog, preparedWorkspace } from './helpers';
import { choose, documentLog, eligible, grouped, idOf, roster, scoredWorkspace, setSetting, settingValue, voteShortlist } from './assessment-helpers';

const five = eligible.slice(0, 5);

function scored(): Workspace {
  const ws = preparedWorkspace();
  scoredWorkspace(ws, five);
  return ws;
}

function chosenThree(ws: Workspace): void {
  choose(ws, five[0], 'Katalis');
  choose(ws, five[1], 'Penggerak Perubahan');
  choose(ws, five[2], 'Mediator');
}

const drafts = (ws: Workspace) => documentLog(ws).filter((r) => r.name.startsWith('Draf SK'));
const message = (ws: Workspace) => lastDialog(ws)?.content ?? '';

/** Types into Pegawai for one demo employee (column by header). */
function editRoster(ws: Workspace, nip: string, column: number, value: string): void {
  const i = roster.findIndex((e) => e.nip === nip);
  ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', i + 2, column, [[value]]);
}

/** A template typed by the team: body paragraphs, then optionally a Lampiran table. */
function teamTemplate(ws: Workspace, body: string[], rows: string[][] | null): string {
  const id = ws.docs.createDocument('SK buatan tim', [
    ...body.map((text) => ({ type: 'PARAGRAPH' as const, text })),
    ...(rows ? [{ type: 'TABLE' as const, rows }] : []),
  ], { header: ['{{INSTANSI_KAPITAL}}'], footer: ['Halaman kaki'] });
  setSetting(ws, 'ID Template SK', id);
  return id;
}

const AGENT_ROW = ['{{NO}}', '{{NAMA}}', '{{NIP}}', '{{PANGKAT}}', '{{JABATAN}}', '{{UNIT}}', '{{PERAN}}'];

describe('Buat Draf SK refuses bad input with a message that says what to fix', () => {
  it('no one marked Ditetapkan', () => {
    const ws = scored();
    ws.run('menuBuatTemplateSK');
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('Belum ada calon yang dicentang "Ditetapkan"');
    expect(drafts(ws)).toHaveLength(0);
  });

  it('a marked person who is no longer on the shortlist', () => {
    const ws = scored();
    ws.run('menuBuatTemplateSK');
    chosenThree(ws);
    voteShortlist(ws, [five[1], five[2], five[3], five[4], eligible[8]]);
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain(`${five[0].nama}`);
    expect(message(ws)).toContain('tidak ada di daftar pendek');
    expect(drafts(ws)).toHaveLength(0);
  });

  it('a marked person who is not eligible (a sanction typed into Pegawai later)', () => {
    const ws = scored();
    ws.run('menuBuatTemplateSK');
    chosenThree(ws);
    editRoster(ws, five[1].nip, 7, 'Teguran tertulis');
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('tidak memenuhi syarat');
    expect(message(ws)).toContain('Hukuman disiplin ringan');
    expect(drafts(ws)).toHaveLength(0);
  });

  it('a marked person who has not been assessed', () => {
    const ws = preparedWorkspace();
    scoredWorkspace(ws, five.slice(0, 4));
    voteShortlist(ws, five);
    ws.run('menuSiapkanPenilaian');
    ws.run('menuBuatTemplateSK');
    choose(ws, five[0], 'Katalis');
    choose(ws, five[1], 'Mediator');
    choose(ws, five[4], 'Penghubung');
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain(`${five[4].nama}`);
    expect(message(ws)).toContain('belum dinilai');
    expect(drafts(ws)).toHaveLength(0);
  });

  it('a template with a misspelt placeholder, named with where it is and the likely fix', () => {
    const ws = scored();
    chosenThree(ws);
    teamTemplate(ws, ['KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}}', 'Ditetapkan di {{KOTA}} pada {{TANGAL}}'], [['No', 'Nama'], ['{{NO}}', '{{NAMMA}}']]);
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('{{TANGAL}} di isi dokumen');
    expect(message(ws)).toContain('Mungkin maksudnya {{TANGGAL}}');
    expect(message(ws)).toContain('{{NAMMA}} di baris tabel agen');
    expect(message(ws)).toContain('Mungkin maksudnya {{NAMA}}');
    expect(drafts(ws)).toHaveLength(0);
  });

  it('a template with no agent row', () => {
    const ws = scored();
    chosenThree(ws);
    teamTemplate(ws, ['KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}}', 'Agen: {{DAFTAR_AGEN}}'], null);
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('Template tidak punya baris tabel agen');
    expect(drafts(ws)).toHaveLength(0);
  });

  it('a deleted template, and a template in the bin', () => {
    const ws = scored();
    chosenThree(ws);
    ws.run('menuBuatTemplateSK');
    const id = settingValue(ws, 'ID Template SK');
    ws.drive.trash(id);
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('ada di Sampah');
    ws.drive.remove(id);
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('tidak ditemukan');
    expect(message(ws)).toMatch(/ID Template SK" \(baris \d+ lembar Pengaturan\)/);
    expect(drafts(ws)).toHaveLength(0);
    // Buat Template SK then replaces the lost template.
    ws.run('menuBuatTemplateSK');
    expect(settingValue(ws, 'ID Template SK')).not.toBe(id);
    expect(message(ws)).toContain('tidak ditemukan, jadi ID Template SK diganti');
  });

  it('a deleted output folder', () => {
    const ws = scored();
    chosenThree(ws);
    const folder = ws.drive.createFolder('SK Agen Perubahan');
    setSetting(ws, 'ID Folder Keluaran', folder);
    ws.run('menuBuatTemplateSK');
    ws.run('menuBuatDrafSK');
    expect(drafts(ws)).toHaveLength(1);
    expect(ws.drive.listFolder(folder).map((f) => f.name).filter((n) => n.startsWith('Draf SK'))).toHaveLength(1);
    ws.drive.remove(folder);
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('Folder keluaran');
    expect(message(ws)).toContain('tidak ditemukan');
    expect(drafts(ws)).toHaveLength(1);
  });

  it('agency data missing: names the Pengaturan row to fill', () => {
    const ws = scored();
    chosenThree(ws);
    ws.run('menuBuatTemplateSK');
    setSetting(ws, 'Nama Kepala Dinas', '');
    setSetting(ws, 'Periode Tugas Selesai', '');
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toMatch(/"Nama Kepala Dinas" masih kosong\. Isi di baris \d+ lembar Pengaturan/);
    expect(message(ws)).toContain('"Periode Tugas Selesai" masih kosong');
    expect(drafts(ws)).toHaveLength(0);
  });

  it('a number of agents other than the setting asks first; NO writes nothing, YES drafts', () => {
    const ws = scored();
    ws.run('menuBuatTemplateSK');
    choose(ws, five[0], 'Katalis');
    choose(ws, five[1], 'Mediator');
    ws.ui.answerNext('NO');
    ws.run('menuBuatDrafSK');
    const asked = ws.ui.shown().find((d) => d.content.includes('ada 2 orang, sedangkan Jumlah Agen Ditetapkan'));
    expect(asked?.answer).toBe('NO');
    expect(message(ws)).toContain('Draf SK tidak dibuat');
    expect(drafts(ws)).toHaveLength(0);
    ws.ui.answerNext('YES');
    ws.run('menuBuatDrafSK');
    expect(drafts(ws)).toHaveLength(1);
  });
});

describe('values go in literally', () => {
  it.each(['java', 'literal'] as const)('a name and a jabatan holding dollar signs, backslashes, {{X}}, .* and ( come out exactly as typed (replaceText %s)', (mode) => {
    const ws = preparedWorkspace({ docsReplacement: mode });
    scoredWorkspace(ws, five);
    chosenThree(ws);
    ws.run('menuBuatTemplateSK');
    const odd = 'Yohanes $1 \\ {{NIP}} .* (Bria) $ \\\\ $&';
    const oddJob = 'Analis $0 [a-z]+ \\d {{INSTANSI}}';
    editRoster(ws, five[0].nip, 2, odd);
    editRoster(ws, five[0].nip, 3, oddJob);
    setSetting(ws, 'Alamat Kantor', 'Jl. $2 \\n {{KOTA}}');
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('Draf SK dibuat');
    const draft = drafts(ws).pop()!;
    const t = ws.docs.text(idOf(draft.url));
    const table = ws.docs.elements(idOf(draft.url)).filter((e) => e.type === 'TABLE').pop()!;
    expect(table.rows![1][1]).toBe(`${odd}\nNIP ${grouped(five[0].nip)}`);
    expect(table.rows![1][3]).toBe(oddJob);
    expect(t.body).toContain('Jl. $2 \\n {{KOTA}}, Telepon');
    expect(t.body).toContain(`Ditetapkan di Kupang`);
  });

  it('a placeholder with mixed formatting is still filled, in the formatting of its first character', () => {
    const ws = scored();
    chosenThree(ws);
    ws.run('menuBuatTemplateSK');
    const id = settingValue(ws, 'ID Template SK');
    // The team made half of {{KOTA}} bold in "Ditetapkan di {{KOTA}}". DocumentApp's replaceText
    // matches inside one run only and would miss it; the Docs API's replaceAllText does not.
    const DocumentApp = ws.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const template = DocumentApp.openById(id);
    const found = template.getBody().findText('Ditetapkan di \\{\\{KOTA\\}\\}')!;
    const text = found.getElement().asText();
    const at = text.getText().indexOf('{{KOTA}}');
    text.setBold(at, at + 3, true);
    template.saveAndClose();
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('Draf SK dibuat');
    expect(message(ws)).not.toContain('PERHATIAN');
    const draftId = idOf(drafts(ws).pop()!.url);
    const place = ws.docs.tree(draftId).body.find((b) => b.type === 'PARAGRAPH' && b.children.some((c) => c.type === 'TEXT' && c.runs.map((r) => r.text).join('') === 'Ditetapkan di Kupang'));
    const runs = place && place.type === 'PARAGRAPH' && place.children[0].type === 'TEXT' ? place.children[0].runs : [];
    expect(runs.map((r) => [r.text, r.attrs.BOLD === true])).toEqual([['Ditetapkan di ', false], ['Kupang', true]]);
    expect(ws.docs.text(draftId).body).not.toContain('{{');
  });
});
