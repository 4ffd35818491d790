/**
 * Buat Draf SK on the templates an office actually has, through the built bundle: the agents'
 * table inside a layout table (D2: only the innermost row holding the agent
 * placeholders is repeated, D2), no template set at all (the default one is made, and
 * the team is told, D1), and the dates of the decree and the berita acara it cites (D3:
 * one date and one year everywhere).
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { choose, documentLog, eligible, grouped, idOf, scoredWorkspace, setSetting, settingValue } from './assessment-helpers';

const five = eligible.slice(0, 5);
type Doc = GoogleAppsScript.Document.DocumentApp;

function scored(): Workspace {
  const ws = preparedWorkspace();
  scoredWorkspace(ws, five);
  choose(ws, five[0], 'Katalis');
  choose(ws, five[1], 'Penggerak Perubahan');
  choose(ws, five[2], 'Mediator');
  return ws;
}

const drafts = (ws: Workspace) => documentLog(ws).filter((r) => r.name.startsWith('Draf SK'));
const message = (ws: Workspace) => lastDialog(ws)?.content ?? '';

/**
 * The team's template: a title, then a one-cell layout table around the Lampiran (a frame the
 * office uses to keep the list and its heading together); inside the cell the heading and the
 * agents' table; `depth` 2 puts the agents' table one layout table deeper still.
 */
function framedTemplate(ws: Workspace, depth: 1 | 2): string {
  const DocumentApp = ws.globals.DocumentApp as Doc;
  const doc = DocumentApp.create('SK bingkai');
  const body = doc.getBody();
  body.appendParagraph('KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}} TAHUN {{TAHUN}}');
  const outer = body.appendTable([['LAMPIRAN {{NOMOR}}', 'Ditetapkan {{TANGGAL}}']]);
  let cell = outer.getCell(0, 0);
  if (depth === 2) cell = cell.appendTable([['Bingkai dalam']]).getCell(0, 0);
  cell.appendTable([
    ['No', 'Nama', 'NIP', 'Peran'],
    ['{{NO}}', '{{NAMA}}', '{{NIP}}', '{{PERAN}}'],
  ]);
  cell.appendParagraph('Jumlah: {{JUMLAH_AGEN}}');
  body.appendParagraph('{{KEPALA_NAMA}}');
  const id = doc.getId();
  doc.saveAndClose();
  setSetting(ws, 'ID Template SK', id);
  return id;
}

/** The rows of every table of the draft, nested ones included, outermost first. */
function tablesOf(ws: Workspace, id: string): string[][][] {
  const DocumentApp = ws.globals.DocumentApp as Doc;
  const out: string[][][] = [];
  const visit = (table: GoogleAppsScript.Document.Table): void => {
    const rows: string[][] = [];
    const nested: GoogleAppsScript.Document.Table[] = [];
    for (let r = 0; r < table.getNumRows(); r++) {
      const row = table.getRow(r);
      const cells: string[] = [];
      for (let c = 0; c < row.getNumCells(); c++) {
        const cell = row.getCell(c);
        const own: string[] = [];
        for (let k = 0; k < cell.getNumChildren(); k++) {
          const child = cell.getChild(k);
          if (child.getType() === DocumentApp.ElementType.TABLE) nested.push(child.asTable());
          else own.push(child.asParagraph().getText());
        }
        cells.push(own.join(' / '));
      }
      rows.push(cells);
    }
    out.push(rows);
    nested.forEach(visit);
  };
  DocumentApp.openById(id).getBody().getTables().forEach(visit);
  return out;
}

describe('an agent row inside a layout table (D2: only the innermost row is repeated)', () => {
  it.each([1, 2] as const)('agents table %d level(s) deep: the frame keeps one row, the agents fill the inner table', (depth) => {
    const ws = scored();
    framedTemplate(ws, depth);
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('Draf SK dibuat');
    const id = idOf(drafts(ws).pop()!.url);
    const tables = tablesOf(ws, id);
    // The frame(s) stay one row each; the agents' table is the innermost.
    expect(tables).toHaveLength(depth + 1);
    for (const frame of tables.slice(0, depth)) expect(frame).toHaveLength(1);
    const outer = tables[0][0];
    expect(outer[0]).toMatch(/^LAMPIRAN \.+/);
    expect(tables.flat(2).join('\n')).toContain('Jumlah: 3 (tiga)');
    const agents = tables[depth];
    expect(agents[0]).toEqual(['No', 'Nama', 'NIP', 'Peran']);
    expect(agents.slice(1)).toEqual(
      five.slice(0, 3).map((p, i) => [String(i + 1), p.nama, grouped(p.nip), ['Katalis', 'Penggerak Perubahan', 'Mediator'][i]]),
    );
    const text = ws.docs.text(id).body;
    expect(text).not.toContain('{{');
  });
});

describe('Buat Draf SK with no template set (D1)', () => {
  it('makes the default template, records it in Pengaturan, drafts from it, and says so', () => {
    const ws = scored();
    expect(settingValue(ws, 'ID Template SK')).toBe('');
    ws.run('menuBuatDrafSK');
    const said = message(ws);
    expect(said).toContain('Draf SK dibuat');
    expect(said).toContain('ID Template SK di Pengaturan masih kosong, jadi template SK bawaan dibuat');
    const templateId = settingValue(ws, 'ID Template SK');
    expect(templateId).not.toBe('');
    expect(said).toContain(templateId);
    const log = documentLog(ws);
    expect(log.map((r) => r.name)).toEqual([expect.stringContaining('Template SK Agen Perubahan'), expect.stringContaining('Draf SK Agen Perubahan')]);
    // The template keeps its placeholders; the draft is filled.
    expect(ws.docs.text(templateId).body).toContain('{{NAMA}}');
    const draft = ws.docs.text(idOf(drafts(ws)[0].url)).body;
    expect(draft).not.toContain('{{');
    for (const p of five.slice(0, 3)) expect(draft).toContain(p.nama);
    // The next draft uses that template and makes no other.
    ws.kernel.advance(60_000);
    ws.run('menuBuatDrafSK');
    expect(message(ws)).not.toContain('template SK bawaan dibuat');
    expect(documentLog(ws).filter((r) => r.name.includes('Template SK'))).toHaveLength(1);
    expect(drafts(ws)).toHaveLength(2);
  });

  it('a refused draft makes no template either', () => {
    const ws = preparedWorkspace();
    scoredWorkspace(ws, five); // nobody ticked Ditetapkan
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('Belum ada calon yang dicentang "Ditetapkan"');
    expect(settingValue(ws, 'ID Template SK')).toBe('');
    expect(documentLog(ws)).toHaveLength(0);
  });
});

describe('one date and one year everywhere (D3)', () => {
  it('the decree cites the berita acara by its date; the period year is the year of both', () => {
    const ws = scored();
    ws.run('menuBuatBeritaAcara');
    const ba = documentLog(ws).pop()!;
    const baText = ws.docs.text(idOf(ba.url)).body;
    // The period of duty starts in 2027 (AGENCY): the berita acara's title says so.
    expect(baText).toContain('TAHUN 2027');
    expect(baText).not.toContain('TAHUN 2026');
    ws.run('menuBuatDrafSK');
    const draft = ws.docs.text(idOf(drafts(ws).pop()!.url)).body;
    expect(draft).toContain('Berita Acara Assessment Calon Agen Perubahan di Lingkungan Dinas Kesehatan Provinsi Nusa Tenggara Timur Tahun 2027 tanggal 27 November 2026');
    expect(draft).toContain('TAHUN 2027');
    expect(draft).not.toMatch(/Tahun 2026|TAHUN 2026/);
  });

  it('a decree dated before its berita acara is refused by the pre-flight, naming the setting to change', () => {
    const ws = scored();
    ws.kernel.advance(4 * 24 * 3600_000); // the berita acara is made on 1 December 2026
    ws.run('menuBuatBeritaAcara');
    setSetting(ws, 'Tanggal Penetapan', '27/11/2026');
    ws.run('menuBuatDrafSK');
    const said = message(ws);
    expect(said).toContain('Tanggal penetapan SK (27 November 2026) lebih awal dari Berita Acara Penilaian yang dirujuknya (1 Desember 2026)');
    expect(said).toMatch(/Ubah "Tanggal Penetapan" di baris \d+ lembar Pengaturan/);
    expect(drafts(ws)).toHaveLength(0);
    setSetting(ws, 'Tanggal Penetapan', '2 Desember 2026');
    ws.run('menuBuatDrafSK');
    expect(message(ws)).toContain('Draf SK dibuat');
    expect(sheetValues(ws, 'Rencana Tindak')).not.toBeNull();
  });
});
