/**
 * The documents as a reader sees them (A3, D1–D3): the demo's draft decree and berita acara, exported as
 * .docx, converted by LibreOffice to PDF and read back with poppler (pdftotext -layout for the
 * text, -bbox for where each word sits, pdftocairo -svg for the table rules). Asserted as a reader
 * would see the pages: no word broken across lines, every word and table rule inside the margins
 * of the page setup, the kop on page 1 only (the emblem left of its lines, a rule under it), the
 * Lampiran on a page of its own, the signature in the right half, every NIP on one line, and a
 * data table's header row at the top of the page it continues on.
 *
 * LibreOffice and poppler are required (`.ci/run` installs libreoffice-writer-nogui and
 * poppler-utils from Debian): without them this test fails rather than skip.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocx } from '../../src/offline/output/docx';
import { loggedDocuments } from '../../src/offline/output/write-outputs';
import { pageOf, parseSettings } from '../../src/core/settings';
import { EMBLEM_WIDTH } from '../../src/core/decree/layout';
import { textWidth } from '../../src/core/decree/page';
import type { DocBlockView } from '../../src/offline/workspace/index';
import type { Workspace } from '../../src/offline/workspace/index';
import JSZip from 'jszip';
import { demoPdfs, demoRun } from '../demo-run';
import { convertWithOffice } from '../office';

function tool(names: string[]): string {
  for (const name of names) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not under this name
    }
  }
  throw new Error(`${names.join(' / ')} is not installed: install libreoffice-writer-nogui and poppler-utils (see .ci/run).`);
}

interface Word {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** A stroked straight line of the page (a table rule, the kop's rule), in points from the top left. */
interface Stroke {
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An image drawn on the page, in points from the top left. */
interface Picture {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Rendered {
  pages: string[];
  words: Word[];
  /** x of every stroked line (table rules, the kop's rule), by page. */
  strokesX: { page: number; x: number }[];
  strokes: Stroke[];
  pictures: Picture[];
  width: number;
  height: number;
  vocabulary: Set<string>;
}

/** Every whitespace-separated token of the Doc's text, the way the PDF's text splits. */
function vocabulary(blocks: readonly DocBlockView[], out = new Set<string>()): Set<string> {
  for (const b of blocks) {
    if (b.type === 'TABLE') for (const r of b.rows) for (const c of r.cells) vocabulary(c.blocks, out);
    else for (const c of b.children) if (c.type === 'TEXT') for (const w of c.runs.map((r) => r.text).join('').split(/\s+/)) if (w !== '') out.add(w);
  }
  return out;
}

let dir = '';
let decree: Rendered;
let beritaAcara: Rendered;
let monitoring: Rendered;
let ws: Workspace;

/** The PDF LibreOffice made of the Doc `id`, read back with poppler (its SVG pages written into `dir` as `name`-k.svg). */
function render(id: string, pdf: string, name: string): Rendered {
  const layout = execFileSync(tool(['pdftotext']), ['-layout', pdf, '-'], { encoding: 'utf8' });
  const bbox = execFileSync(tool(['pdftotext']), ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = 0;
  let width = 0;
  let height = 0;
  for (const line of bbox.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page += 1;
      width = Number(p[1]);
      height = Number(p[2]);
      continue;
    }
    const w = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (w) words.push({ page, xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: w[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') });
  }
  const strokesX: { page: number; x: number }[] = [];
  const strokes: Stroke[] = [];
  const pictures: Picture[] = [];
  for (let k = 1; k <= page; k++) {
    execFileSync(tool(['pdftocairo']), ['-svg', '-f', String(k), '-l', String(k), pdf, join(dir, `${name}-${k}.svg`)]);
    const svg = readFileSync(join(dir, `${name}-${k}.svg`), 'utf8');
    // cairo writes each line as a path in PDF space with the flip to the page's top-left origin.
    for (const m of svg.matchAll(/<path style="fill:none;stroke-width:[^"]*" d="([^"]*)" transform="matrix\(([\d.-]+),[\d.-]+,[\d.-]+,([\d.-]+),([\d.-]+),([\d.-]+)\)/g)) {
      const [a, d, e, f] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
      const points = [...m[1].matchAll(/[ML] ([\d.-]+) ([\d.-]+)/g)].map((n) => ({ x: Number(n[1]) * a + e, y: Number(n[2]) * d + f }));
      for (const p of points) strokesX.push({ page: k, x: p.x });
      for (let i = 1; i < points.length; i++) strokes.push({ page: k, x1: points[i - 1].x, y1: points[i - 1].y, x2: points[i].x, y2: points[i].y });
    }
    const sizes = new Map([...svg.matchAll(/<image id="([^"]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => [m[1], { width: Number(m[2]), height: Number(m[3]) }]));
    for (const m of svg.matchAll(/<use xlink:href="#([^"]+)"[^>]*? transform="matrix\(([\d.-]+),[\d.-]+,[\d.-]+,([\d.-]+),([\d.-]+),([\d.-]+)\)"/g)) {
      const size = sizes.get(m[1]);
      if (size) pictures.push({ page: k, x: Number(m[4]), y: Number(m[5]), width: size.width * Number(m[2]), height: size.height * Number(m[3]) });
    }
  }
  return {
    pages: layout.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== ''),
    words,
    strokesX,
    strokes,
    pictures,
    width,
    height,
    vocabulary: vocabulary(ws.docs.tree(id).body),
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'render-'));
  // The demo's Workspace and its documents' PDFs, made once for the demo project (tests/demo-run.ts).
  ws = demoRun().ws;
  const files = await demoPdfs();
  decree = render(files.decree.id, files.decree.pdf, 'decree');
  beritaAcara = render(files.beritaAcara.id, files.beritaAcara.pdf, 'berita-acara');
  monitoring = render(files.monitoring.id, files.monitoring.pdf, 'monitoring');
  if (process.env.RENDER_DEBUG) writeFileSync('/tmp/documents-render-debug.txt', [...decree.pages, '=====', ...beritaAcara.pages, '=====', ...monitoring.pages].join('\n-----\n'));
}, 300_000);

/** The page setup the documents were made for (Pengaturan). */
const setup = () => pageOf(parseSettings(ws.sheets.values(ws.spreadsheetId, 'Pengaturan')!).settings);

/** The text of every table cell of the Doc, nested tables included. */
function cellTexts(blocks: readonly DocBlockView[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type !== 'TABLE') continue;
    for (const r of b.rows) {
      for (const c of r.cells) {
        out.push(c.blocks.map((x) => (x.type === 'TABLE' ? '' : x.children.map((k) => (k.type === 'TEXT' ? k.runs.map((u) => u.text).join('') : '')).join(''))).join('\n'));
        out.push(...cellTexts(c.blocks));
      }
    }
  }
  return out;
}

const firstLine = (page: string): string => page.split('\n').find((l) => l.trim() !== '') ?? '';

/** The page (0-based) where `pattern` first matches, or -1. */
const pageWith = (doc: Rendered, pattern: RegExp): number => doc.pages.findIndex((p) => pattern.test(p));

describe.each([
  ['the draft decree', () => decree],
  ['the berita acara', () => beritaAcara],
  ['the monitoring report', () => monitoring],
])('%s, rendered by LibreOffice', (_name, doc) => {
  it('is on the paper of the page setup (F4)', () => {
    const page = setup();
    expect(doc().width).toBeCloseTo(page.width, -0.5);
    expect(doc().height).toBeCloseTo(page.height, -0.5);
  });

  it('breaks no word across lines: every word on the page is a word of the Doc', () => {
    const tokens = doc().pages.join('\n').split(/\s+/).filter((t) => t !== '');
    expect(tokens.length).toBeGreaterThan(200);
    expect(tokens.filter((t) => !doc().vocabulary.has(t))).toEqual([]);
  });

  it('keeps every word and every table rule inside the margins', () => {
    const page = setup();
    const left = page.margin.left;
    const right = page.width - page.margin.right;
    const outside = doc().words.filter((w) => w.xMin < left - 0.5 || w.xMax > right + 0.5).map((w) => `${w.text} (p${w.page} ${w.xMin}–${w.xMax})`);
    expect(outside).toEqual([]);
    expect(doc().strokesX.length).toBeGreaterThan(10);
    // A rule is drawn centred on the table's edge: its stroke may reach up to 1 pt past it.
    expect(doc().strokesX.filter((s) => s.x < left - 1 || s.x > right + 1)).toEqual([]);
  });

  it('has the kop on page 1 only', () => {
    const kop = doc().words.filter((w) => w.text === 'PEMERINTAH');
    expect(kop.length).toBeGreaterThanOrEqual(1);
    expect([...new Set(kop.map((w) => w.page))]).toEqual([1]);
    expect(firstLine(doc().pages[0])).toContain('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR');
  });

  it("has the emblem of Pengaturan left of the kop's lines, inside its column, on page 1 only", () => {
    const page = setup();
    const pictures = doc().pictures;
    expect(pictures.filter((p) => p.page !== 1)).toEqual([]);
    expect(pictures).toHaveLength(1);
    const [emblem] = pictures;
    expect(emblem.x).toBeGreaterThanOrEqual(page.margin.left - 0.5);
    expect(emblem.x + emblem.width).toBeLessThanOrEqual(page.margin.left + EMBLEM_WIDTH + 0.5);
    // Scaled to its column (the demo's 120 × 140 px stand-in), not drawn at its pixel size.
    expect(emblem.width).toBeCloseTo(EMBLEM_WIDTH - 10, 0);
    expect(emblem.height / emblem.width).toBeCloseTo(140 / 120, 1);
    const kop = doc().words.filter((w) => w.page === 1 && w.yMin < emblem.y + emblem.height);
    expect(kop.map((w) => w.text)).toEqual(expect.arrayContaining(['PEMERINTAH', 'PROVINSI', 'KESEHATAN']));
    expect(kop.filter((w) => w.xMin < emblem.x + emblem.width)).toEqual([]);
  });

  it('draws a rule across the text width under the kop, above the title', () => {
    const page = setup();
    const words = doc().words.filter((w) => w.page === 1);
    const title = Math.min(...words.filter((w) => w.text === 'KEPUTUSAN' || w.text === 'BERITA' || w.text === 'LAPORAN').map((w) => w.yMin));
    const kopEnd = Math.max(...words.filter((w) => w.yMin < title).map((w) => w.yMax));
    expect(words.filter((w) => w.yMin < title).map((w) => w.text)).toContain('PEMERINTAH');
    const rules = doc().strokes.filter(
      (s) => s.page === 1 && Math.abs(s.y1 - s.y2) < 0.5 && s.y1 > kopEnd && s.y1 < title && Math.abs(s.x2 - s.x1) > textWidth(page) - 2,
    );
    expect(rules.length).toBeGreaterThanOrEqual(1);
  });

  it('prints every NIP of a person whole, on one line', () => {
    // Every birth-date group (the first 8 digits of a NIP) followed on its line by the other three.
    const text = doc().pages.join('\n');
    const heads = [...text.matchAll(/\b(?:19|20)\d{6}\b/g)].map((m) => m[0]);
    const whole = [...text.matchAll(/\b(?:19|20)\d{6} +\d{6} +[12] +\d{3}\b/g)].map((m) => m[0].slice(0, 8));
    expect(heads.length).toBeGreaterThanOrEqual(4);
    expect(whole).toEqual(heads);
  });
});

describe('the draft decree, as a reader sees its pages', () => {
  it('starts the Lampiran on a page of its own, with its heading block first', () => {
    const at = decree.pages.findIndex((p) => /LAMPIRAN\s+:\s+KEPUTUSAN KEPALA/.test(p));
    expect(at).toBeGreaterThan(0);
    expect(firstLine(decree.pages[at])).toMatch(/LAMPIRAN\s+:\s+KEPUTUSAN KEPALA/);
    expect(decree.pages[at - 1]).not.toContain('DAFTAR AGEN PERUBAHAN');
    expect(decree.pages[at]).toContain('DAFTAR AGEN PERUBAHAN');
  });

  it('puts the signature block in the right half', () => {
    const page = setup();
    const middle = page.margin.left + (page.width - page.margin.left - page.margin.right) / 2;
    const place = decree.words.filter((w) => w.text === 'Ditetapkan' || w.text === 'Seran,' || w.text === 'Utama');
    expect(place.length).toBeGreaterThanOrEqual(5);
    expect(place.filter((w) => w.xMin < middle - 2)).toEqual([]);
  });

  it('sets the Lampiran heading right-hand, its labels in one column, the TENTANG title on at most 3 lines', () => {
    const page = setup();
    const at = decree.pages.findIndex((p) => /LAMPIRAN\s+:\s+KEPUTUSAN KEPALA/.test(p));
    const labels = ['LAMPIRAN', 'NOMOR', 'TANGGAL', 'TENTANG'].map((t) => decree.words.find((w) => w.page === at + 1 && w.text === t)!);
    expect(labels.every((w) => w !== undefined)).toBe(true);
    expect(Math.max(...labels.map((w) => w.xMin)) - Math.min(...labels.map((w) => w.xMin))).toBeLessThan(1);
    // Right-hand: it starts right of the left margin, and its values end at the right margin.
    expect(labels[0].xMin).toBeGreaterThan(page.margin.left + 50);
    // The TENTANG value: from its line down to the first blank line.
    const lines = decree.pages[at].split('\n');
    const from = lines.findIndex((l) => /^\s*TENTANG\s+:/.test(l));
    const end = lines.findIndex((l, i) => i > from && l.trim() === '');
    const value = lines.slice(from, end).map((l) => l.replace(/^\s*(TENTANG\s+:)?\s*/, ''));
    expect(value.join(' ')).toMatch(/^PENETAPAN AGEN PERUBAHAN .* TAHUN \d{4}$/);
    expect(value.length).toBeLessThanOrEqual(3);
  });

  it('breaks each heading where a person would: no line of a heading is one word alone', () => {
    // The centred headings of page 1 (between the kop and Menimbang) and of the Lampiran.
    const page1 = decree.pages[0].split('\n');
    const kopEnd = page1.findIndex((l) => /KUPANG \d{5}/.test(l));
    const body = page1.findIndex((l) => /^\s*Menimbang\s/.test(l));
    const lampiran = decree.pages.find((p) => p.includes('DAFTAR AGEN PERUBAHAN'))!.split('\n');
    const list = lampiran.findIndex((l) => l.includes('DAFTAR AGEN PERUBAHAN'));
    const headings = [...page1.slice(kopEnd + 1, body), ...lampiran.slice(list, list + 2)].map((l) => l.trim()).filter((l) => l !== '' && l !== 'TENTANG');
    expect(headings.length).toBeGreaterThanOrEqual(8);
    expect(headings.filter((l) => l.split(/\s+/).length < 2)).toEqual([]);
    // The decree's title on two lines of about the same length.
    const title = headings.filter((l) => !/^(NOMOR|DENGAN|KEPALA|PENETAPAN|DAFTAR|Masa)/.test(l) && !l.includes('TAHUN'));
    expect(title[0]).toMatch(/^KEPUTUSAN KEPALA /);
    expect(title).toHaveLength(2);
    expect(Math.abs(title[0].length - title[1].length)).toBeLessThan(10);
  });

  it('keeps the signature block whole on one page, and each lead-in line on the page of its table', () => {
    const signed = decree.pages.findIndex((p) => p.includes('Ditetapkan di'));
    expect(signed).toBeGreaterThanOrEqual(0);
    for (const line of [/pada tanggal \d+ \w+ \d{4}/, /KEPALA DINAS KESEHATAN/, /dr\. Yohanes Bria Seran/, /NIP 19700512 199803 1 004/]) {
      expect(decree.pages[signed], String(line)).toMatch(line);
    }
    expect(pageWith(decree, /MEMUTUSKAN:/)).toBe(pageWith(decree, /Menetapkan\s+:/));
    expect(pageWith(decree, /DAFTAR AGEN PERUBAHAN/)).toBe(pageWith(decree, /No\s+Nama dan NIP/));
  });

  it("shows each agent's grouped NIP whole: every group a word of the page", () => {
    const nips = cellTexts(ws.docs.tree(loggedDocuments(ws).decree!).body)
      .map((t) => /NIP (\d{8} \d{6} \d \d{3})/.exec(t)?.[1])
      .filter((n): n is string => n !== undefined && n !== '19700512 199803 1 004');
    expect(nips.length).toBe(3);
    const words = new Set(decree.words.map((w) => w.text));
    for (const nip of nips) for (const group of nip.split(' ')) expect(words.has(group), `${group} of ${nip}`).toBe(true);
  });
});

/** The decree converted as is and with every keep-with-next dropped: the page text of each. */
async function pagesWithAndWithoutKeep(id: string, name: string): Promise<{ kept: string[]; loose: string[] }> {
  const docx = await exportDocx(ws, id, name);
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('<w:keepNext/>');
  zip.file('word/document.xml', xml.replace(/<w:keepNext\/>/g, ''));
  const loose = await zip.generateAsync({ type: 'nodebuffer' });
  // Both converted by one LibreOffice start.
  const files = [join(dir, `${name}-kept.docx`), join(dir, `${name}-loose.docx`)];
  writeFileSync(files[0], docx);
  writeFileSync(files[1], loose);
  const [kept, looseText] = convertWithOffice(files, 'pdf', dir).map((pdf) => execFileSync(tool(['pdftotext']), ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f'));
  return { kept, loose: looseText };
}

describe('the draft decree, when its signature block would fall across a page', () => {
  it('keeps the signature block together, where without keep-with-next it would split', async () => {
    const page = setup();
    // A copy of the draft with lines added before the signature block (a longer decree: more
    // considerations, a longer diktum), as many as bring "Ditetapkan di" four lines above the
    // bottom margin: the ten lines of the block cannot all stand there.
    const DriveApp = ws.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
    const DocumentApp = ws.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const copy = DriveApp.getFileById(loggedDocuments(ws).decree!).makeCopy('SK panjang').getId();
    const body = DocumentApp.openById(copy).getBody();
    let at = -1;
    for (let i = 0; i < body.getNumChildren(); i++) {
      const child = body.getChild(i);
      if (child.getType() === DocumentApp.ElementType.PARAGRAPH && child.asParagraph().getText().startsWith('Ditetapkan di')) {
        at = i;
        break;
      }
    }
    expect(at).toBeGreaterThan(0);
    const ditetapkan = decree.words.find((w) => w.text === 'Ditetapkan')!;
    const tanggal = decree.words.find((w) => w.text === 'pada' && w.page === ditetapkan.page && w.yMin > ditetapkan.yMin)!;
    const line = tanggal.yMin - ditetapkan.yMin;
    const bottom = page.height - page.margin.bottom;
    const perPage = Math.floor((page.height - page.margin.top - page.margin.bottom) / line);
    const left = Math.floor((bottom - ditetapkan.yMin) / line);
    const add = left >= 4 ? left - 4 : left + perPage - 4;
    const filler = body.getChild(at - 1).asParagraph();
    expect(filler.getText()).toBe('');
    for (let i = 0; i < add; i++) body.insertParagraph(at, filler.copy());
    DocumentApp.openById(copy).saveAndClose();

    const { kept, loose } = await pagesWithAndWithoutKeep(copy, 'SK panjang');
    // Each line of the block: the first page from the one of "Ditetapkan di" on that holds it.
    const pageOfLine = (pages: string[], pattern: RegExp): number => {
      const from = pages.findIndex((p) => /Ditetapkan di/.test(p));
      return pages.findIndex((p, i) => i >= from && pattern.test(p));
    };
    const lines = [/Ditetapkan di/, /pada tanggal \d+ \w+ \d{4}/, /KEPALA DINAS KESEHATAN/, /dr\. Yohanes Bria Seran/, /NIP 19700512 199803 1 004/];
    // Without keep-with-next the block splits: the case is real.
    const looseAt = lines.map((l) => pageOfLine(loose, l));
    expect(new Set(looseAt).size, `loose pages ${looseAt.join(',')}`).toBeGreaterThan(1);
    // With it, every line of the block stands on one page.
    const keptAt = lines.map((l) => pageOfLine(kept, l));
    expect(new Set(keptAt).size, `kept pages ${keptAt.join(',')}`).toBe(1);
  }, 300_000);
});

describe('the berita acara, as a reader sees its pages', () => {
  it('repeats the header row of a data table at the top of the page it continues on', () => {
    // In the demo the ranked table starts on page 1 and runs onto page 2 (the score table is on page 2).
    const page1 = beritaAcara.pages[0];
    const page2 = beritaAcara.pages[1] ?? '';
    expect(page1).toContain('Hasil penilaian, menurut peringkat:');
    expect(page1).not.toContain('Rata-rata skor per kriteria');
    expect(page2).toContain('Rata-rata skor per kriteria');
    expect(firstLine(page2)).toMatch(/Peringkat\s+Nama\s+NIP\s+Unit Kerja\s+Nilai/);
  });

  it('keeps the place and date, "Tim Penilai," and the signers\' table on one page, and each lead-in line with its table', () => {
    const signers = pageWith(beritaAcara, /No\s+Nama\s+Sebagai\s+Tanda Tangan/);
    expect(signers).toBeGreaterThanOrEqual(0);
    expect(pageWith(beritaAcara, /Tim Penilai,/)).toBe(signers);
    expect(beritaAcara.pages[signers]).toMatch(/Kupang, \d+ \w+ \d{4}\s*\n\s*Tim Penilai,/);
    expect(pageWith(beritaAcara, /Hasil penilaian, menurut peringkat:/)).toBe(pageWith(beritaAcara, /Peringkat\s+Nama\s+NIP/));
    expect(pageWith(beritaAcara, /Rata-rata skor per kriteria/)).toBe(pageWith(beritaAcara, /Peringkat\s+Nama\s+K1/));
  });

  it('keeps "Peringkat" and every score whole', () => {
    const words = beritaAcara.words.map((w) => w.text);
    expect(words.filter((w) => w === 'Peringkat').length).toBeGreaterThanOrEqual(3);
    const scores = cellTexts(ws.docs.tree(loggedDocuments(ws).beritaAcara!).body).filter((t) => /^\d+(,\d+)?$/.test(t) && t.includes(','));
    expect(scores.length).toBeGreaterThanOrEqual(10);
    for (const score of scores) expect(words, score).toContain(score);
  });
});

describe('the monitoring report, as a reader sees its pages', () => {
  it('has a header row on each of its tables, and each lead-in line on the page of its table', () => {
    const text = monitoring.pages.join('\n');
    expect(text).toMatch(/No\s+Nama dan NIP\s+Unit Kerja\s+Kegiatan/);
    expect([...text.matchAll(/No\s+Kegiatan\s+Target\s+Realisasi/g)]).toHaveLength(2);
    expect([...text.matchAll(/No\s+Kegiatan\s+Kendala\s+Solusi/g)].length).toBeGreaterThanOrEqual(1);
    expect([...text.matchAll(/Semester\s+Responden\s+BAIK\s+BELUM/g)]).toHaveLength(2);
    for (const [lead, header] of [
      [/a\. Rencana tindak yang disetujui/, /No\s+Kegiatan\s+Target/],
      [/A\. Ringkasan/, /No\s+Nama dan NIP/],
    ] as const) {
      expect(pageWith(monitoring, lead)).toBe(pageWith(monitoring, header));
    }
  });

  it("keeps the closing line, the place and date and the head's signature block on one page, in the right half", () => {
    const page = setup();
    const signed = pageWith(monitoring, /Mengetahui,/);
    expect(signed).toBeGreaterThanOrEqual(0);
    for (const line of [/Demikian laporan ini/, /Kupang, \d+ \w+ \d{4}/, /KEPALA DINAS KESEHATAN/, /dr\. Yohanes Bria Seran/, /NIP 19700512 199803 1 004/]) {
      expect(monitoring.pages[signed], String(line)).toMatch(line);
    }
    const middle = page.margin.left + (page.width - page.margin.left - page.margin.right) / 2;
    const block = monitoring.words.filter((w) => w.page === signed + 1 && (w.text === 'Mengetahui,' || w.text === 'Seran,'));
    expect(block.length).toBeGreaterThanOrEqual(2);
    expect(block.filter((w) => w.xMin < middle - 2)).toEqual([]);
  });
});
