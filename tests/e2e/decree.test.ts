/** Buat Template SK, Buat Berita Acara Penilaian and Buat Draf SK through the built bundle. */
import { describe, expect, it } from 'vitest';
import { lastDialog, sheetValues } from './helpers';
import { formatPangkat } from '../../src/core/decree/model';
import { documentLog, eligible, grouped, idOf, settingValue, decreeReady } from './assessment-helpers';

const five = eligible.slice(0, 5);
const ROLES = ['Katalis', 'Penggerak Perubahan', 'Pemberi Solusi', 'Mediator', 'Penghubung'];

/** Scored, three agents chosen with roles, default template made. */
const ready = () => decreeReady();

const all = (t: { body: string; header: string; footer: string }) => `${t.header}\n${t.body}\n${t.footer}`;

describe('Buat Template SK', () => {
  it('creates the default skeleton with kop, diktum, Lampiran on its own page and records its id', () => {
    const ws = ready();
    const id = settingValue(ws, 'ID Template SK');
    expect(id).not.toBe('');
    const t = ws.docs.text(id);
    // The kop is at the top of the first page, in the body (not a header repeated on every page).
    expect(t.header).toBe('');
    expect(t.body.indexOf('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR')).toBe(0);
    for (const part of ['NOMOR : {{NOMOR}}', 'Menimbang', 'Mengingat', 'MEMUTUSKAN', 'KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'LAMPIRAN']) {
      expect(t.body).toContain(part);
    }
    const els = ws.docs.elements(id);
    const pageBreak = els.findIndex((e) => e.type === 'PAGE_BREAK');
    // The Lampiran's heading block (LAMPIRAN : KEPUTUSAN …, NOMOR, TANGGAL, TENTANG) opens the new page.
    const lampiran = els.findIndex((e) => e.type === 'TABLE' && (e.rows?.[0] ?? []).includes('LAMPIRAN'));
    expect(pageBreak).toBeGreaterThan(0);
    expect(lampiran).toBe(pageBreak + 1);
    const table = els.slice(lampiran + 1).find((e) => e.type === 'TABLE');
    expect(table?.rows?.[1]).toEqual(['{{NO}}', '{{NAMA}}\nNIP {{NIP}}', '{{PANGKAT}}', '{{JABATAN}}', '{{UNIT}}', '{{PERAN}}']);
    expect(documentLog(ws)).toHaveLength(1);
  });

  it('does not make a second template while the first one exists', () => {
    const ws = ready();
    const id = settingValue(ws, 'ID Template SK');
    ws.run('menuBuatTemplateSK');
    expect(settingValue(ws, 'ID Template SK')).toBe(id);
    expect(lastDialog(ws)?.content).toContain('Template SK sudah ada');
  });
});

describe('Buat Berita Acara Penilaian', () => {
  it('writes the ranked candidates, their scores, the assessors and the date, and logs the Doc', () => {
    const ws = ready();
    ws.run('menuBuatBeritaAcara');
    const log = documentLog(ws);
    const row = log[log.length - 1];
    expect(row.name).toContain('Berita Acara');
    const t = ws.docs.text(idOf(row.url));
    expect(t.body).toContain('BERITA ACARA ASSESSMENT CALON AGEN PERUBAHAN');
    for (const p of five) expect(t.body).toContain(p.nama);
    expect(t.body).toContain('Theresia Ndun');
    expect(t.body).toContain('27 November 2026');
    expect(t.body).toContain('Inovatif dan proaktif');
    expect(t.body.indexOf(five[0].nama)).toBeLessThan(t.body.indexOf(five[4].nama));
    expect(lastDialog(ws)?.content).toContain('5 calon dinilai');
  });
});

/** The body paragraphs of a Doc kept with the next one (Docs API keepWithNext), by their text. */
function keptWithNext(ws: ReturnType<typeof ready>, id: string): string[] {
  return ws.docs
    .tree(id)
    .body.filter((b) => b.type !== 'TABLE' && b.keepWithNext)
    .map((b) => (b.type === 'TABLE' ? '' : b.children.map((c) => (c.type === 'TEXT' ? c.runs.map((r) => r.text).join('') : '')).join('')));
}

describe('lead-in lines and signature blocks stay on the page of what follows', () => {
  it('the berita acara: each table\'s lead-in line, the place and date and "Tim Penilai," with the signers\' table', () => {
    const ws = ready();
    ws.run('menuBuatBeritaAcara');
    const kept = keptWithNext(ws, idOf(documentLog(ws).pop()!.url));
    expect(kept).toEqual([
      'Kriteria yang dinilai:',
      'Penilai:',
      'Hasil penilaian, menurut peringkat:',
      expect.stringMatching(/^Rata-rata skor per kriteria/),
      expect.stringMatching(/^Berdasarkan peringkat hasil penilaian/),
      expect.stringMatching(/^Kupang, \d+ \w+ \d{4}$/),
      'Tim Penilai,',
      '',
    ]);
  });

  it('the draft decree, copied from the default template: MEMUTUSKAN, both signature blocks, the Lampiran\'s title lines', () => {
    const ws = ready();
    ws.run('menuBuatDrafSK');
    const kept = keptWithNext(ws, idOf(documentLog(ws).pop()!.url));
    const signature = ['KEPALA DINAS KESEHATAN PROVINSI NUSA TENGGARA TIMUR,', '', '', '', 'dr. Yohanes Benyamin Radja, M.Kes.', expect.stringMatching(/\(IV\/c\)$/)];
    expect(kept).toEqual([
      'MEMUTUSKAN:',
      'Ditetapkan di Kupang',
      'pada tanggal 27 November 2026',
      ...signature,
      expect.stringMatching(/^DAFTAR AGEN PERUBAHAN/),
      expect.stringMatching(/^Masa tugas: /),
      '',
      ...signature,
    ]);
  });
});

describe('Buat Draf SK', () => {
  it('fills the decree: agents with NIP, pangkat, jabatan and role, the five roles, tasks, period and date', () => {
    const ws = ready();
    ws.run('menuBuatDrafSK');
    expect(lastDialog(ws)?.title).toBe('Buat Draf SK');
    expect(lastDialog(ws)?.content).toContain('Draf SK dibuat');
    const log = documentLog(ws);
    const draft = log[log.length - 1];
    expect(draft.name).toContain('Draf SK Agen Perubahan');
    expect(draft.author).toContain('@');
    const text = all(ws.docs.text(idOf(draft.url)));
    const roles = ['Katalis', 'Penggerak Perubahan', 'Mediator'];
    five.slice(0, 3).forEach((p, i) => {
      for (const v of [p.nama, grouped(p.nip), formatPangkat(p.pangkat), p.jabatan, roles[i]]) expect(text).toContain(v);
    });
    expect(text).not.toContain(five[3].nama);
    for (const r of ROLES) expect(text).toContain(r);
    expect(text).toContain('mendorong dan mempercepat proses perubahan');
    expect(text).toContain('1 Januari 2027 sampai dengan 31 Desember 2027');
    expect(text).toContain('27 November 2026');
    expect(text).toContain('DINAS KESEHATAN PROVINSI NUSA TENGGARA TIMUR');
    expect(text).toContain('dr. Yohanes Benyamin Radja, M.Kes.');
    expect(text).toContain('19700512 199803 1 004');
    expect(text).toContain('Jl. Moh. Hatta No. 19');
    expect(text).not.toContain('{{');
    const table = ws.docs.elements(idOf(draft.url)).filter((e) => e.type === 'TABLE').pop();
    expect(table?.rows?.slice(1).map((r) => r[1])).toEqual(five.slice(0, 3).map((p) => `${p.nama}\nNIP ${grouped(p.nip)}`));
    expect(table?.rows?.slice(1).map((r) => r[0])).toEqual(['1', '2', '3']);
  });

  it('running it twice gives two drafts and two log rows; the first draft is untouched', () => {
    const ws = ready();
    ws.run('menuBuatDrafSK');
    const first = documentLog(ws).pop()!;
    const before = ws.docs.text(idOf(first.url));
    ws.kernel.advance(60_000);
    ws.run('menuBuatDrafSK');
    const drafts = documentLog(ws).filter((r) => r.name.startsWith('Draf SK'));
    expect(drafts).toHaveLength(2);
    expect(idOf(drafts[0].url)).not.toBe(idOf(drafts[1].url));
    expect(drafts[0].name).not.toBe(drafts[1].name);
    expect(ws.docs.text(idOf(first.url))).toEqual(before);
    const folder = ws.drive.listFolder(ws.kernel.file(idOf(first.url))!.parents[0]).filter((f) => f.name.startsWith('Draf SK'));
    expect(folder).toHaveLength(2);
  });

  it('prepares Rencana Tindak for the agents and keeps what they typed on the next run', () => {
    const ws = ready();
    ws.run('menuBuatDrafSK');
    let v = sheetValues(ws, 'Rencana Tindak')!;
    // The seed's eight columns, then the approval columns.
    expect(v[0].slice(0, 8)).toEqual(['No', 'Nilai Organisasi & Core Value ASN', 'Perubahan yang Ingin Dicapai (Sasaran)', 'Indikator Kinerja', 'Target', 'Kegiatan (Rencana Tindak)', 'Waktu', 'Keterangan']);
    expect(v[0][8]).toBe('Status');
    const titles = v.filter((r) => String(r[0]).startsWith('Agen Perubahan:'));
    expect(titles).toHaveLength(3);
    expect(String(titles[0][0])).toContain(five[0].nama);
    expect(String(titles[0][0])).toContain('Katalis');
    const firstEntry = v.findIndex((r) => String(r[0]).startsWith('Agen Perubahan:')) + 2;
    ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', firstEntry, 2, [['BerAKHLAK – Akuntabel', 'Antrean layanan lebih cepat']]);
    const snap = ws.sheets.snapshot(ws.spreadsheetId, 'Rencana Tindak')!;
    const dropdown = snap.validations.find((x) => x.criteria === 'VALUE_IN_LIST');
    expect(dropdown?.values[0]).toContain('SOLIDER – Lincah');
    expect(dropdown?.values[0]).toContain('BerAKHLAK – Akuntabel');
    ws.run('menuSiapkanRencanaTindak');
    v = sheetValues(ws, 'Rencana Tindak')!;
    expect(v[firstEntry - 1].slice(1, 3)).toEqual(['BerAKHLAK – Akuntabel', 'Antrean layanan lebih cepat']);
  });
});
