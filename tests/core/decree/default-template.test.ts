import { describe, expect, it } from 'vitest';
import { blockTexts, type DocBlock } from '../../../src/core/decree/blocks';
import { AGENT_ROW, AGENT_TABLE_HEADERS, defaultDecreeTemplate, LAMPIRAN_TITLE_LINES } from '../../../src/core/decree/default-template';
import { sampleText, wrapLines } from '../../../src/core/decree/layout';
import { decreeValues } from '../../../src/core/decree/model';
import { fillText, findPlaceholders, isAgentPlaceholder, isKnownPlaceholder } from '../../../src/core/decree/placeholders';
import { preflight } from '../../../src/core/decree/preflight';
import { witaToMs } from '../../../src/core/dates';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { AGENT_ROLES } from '../../../src/core/values';
import { para, type ParagraphBlock, type TableBlock } from '../../../src/core/decree/blocks';
import { CELL_PADDING } from '../../../src/core/decree/columns';
import { foreignSpans } from '../../../src/core/decree/foreign';
import { measureText, pageSetup, textWidth } from '../../../src/core/decree/page';

const sk = defaultDecreeTemplate();
const bodyText = blockTexts(sk.body).join('\n');
const allTexts = [...blockTexts(sk.header), ...blockTexts(sk.body), ...blockTexts(sk.footer)];

/** Rows of body tables that hold an agent placeholder. */
function agentRows(blocks: readonly DocBlock[]): string[][] {
  const out: string[][] = [];
  for (const b of blocks) if (b.type === 'table') for (const r of b.rows) if (r.some((c) => findPlaceholders(c).some(isAgentPlaceholder))) out.push(r);
  return out;
}

describe('defaultDecreeTemplate', () => {
  it('uses only known placeholders, every variable part among them', () => {
    const names = new Set(allTexts.flatMap(findPlaceholders));
    expect([...names].filter((n) => !isKnownPlaceholder(n))).toEqual([]);
    for (const n of ['INSTANSI_KAPITAL', 'NOMOR', 'TAHUN', 'PERIODE', 'KOTA', 'TANGGAL', 'TANGGAL_BERITA_ACARA', 'KEPALA_NAMA', 'KEPALA_PANGKAT', 'KEPALA_NIP', 'KOP_ALAMAT', 'KOP_KOTA']) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('has exactly one agent row, in a table headed No | Nama dan NIP | Pangkat/ Gol. | Jabatan | Unit Kerja | Peran', () => {
    expect(agentRows(sk.body)).toEqual([AGENT_ROW]);
    const table = sk.body.find((b) => b.type === 'table' && b.rows.some((r) => r === AGENT_ROW || r.join() === AGENT_ROW.join()));
    expect(table && table.type === 'table' && table.rows[0]).toEqual(AGENT_TABLE_HEADERS);
    expect(table && table.type === 'table' && table.header).toBe(true);
    expect(agentRows([...sk.header, ...sk.footer])).toEqual([]);
    expect(allTexts.filter((t) => t.indexOf('{{') >= 0 && findPlaceholders(t).some(isAgentPlaceholder))).toEqual(AGENT_ROW);
  });

  it('puts a page break right before the LAMPIRAN heading block, and the agents table after it', () => {
    const pb = sk.body.findIndex((b) => b.type === 'pageBreak');
    const lampiran = sk.body.findIndex((b) => b.type === 'table' && b.rows[0].includes('LAMPIRAN'));
    expect(pb).toBeGreaterThan(0);
    expect(lampiran).toBe(pb + 1);
    const agentTable = sk.body.findIndex((b) => b.type === 'table' && b.header === true);
    expect(agentTable).toBeGreaterThan(lampiran);
    expect(sk.body.filter((b) => b.type === 'pageBreak')).toHaveLength(1);
  });

  it('follows the decree layout in order', () => {
    const order = [
      'KEPUTUSAN KEPALA {{INSTANSI_KAPITAL}}',
      'NOMOR : {{NOMOR}}',
      'TENTANG',
      'PENETAPAN AGEN PERUBAHAN DI LINGKUNGAN {{INSTANSI_KAPITAL}} TAHUN {{TAHUN}}',
      'DENGAN RAHMAT TUHAN YANG MAHA ESA',
      'Menimbang',
      'Mengingat',
      'Memperhatikan',
      'MEMUTUSKAN',
      'Menetapkan',
      'KESATU',
      'KEDUA',
      'KETIGA',
      'KEEMPAT',
      'KELIMA',
      'Ditetapkan di {{KOTA}}',
      'pada tanggal {{TANGGAL}}',
      '{{KEPALA_NAMA}}',
      'NIP {{KEPALA_NIP}}',
      'LAMPIRAN',
      'TANGGAL',
      'DAFTAR AGEN PERUBAHAN',
      'Masa tugas: {{PERIODE}}',
    ];
    let at = -1;
    for (const piece of order) {
      const next = bodyText.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    // The kop opens the first page, in the body: no header repeats it, no footer.
    expect(sk.body[0].type).toBe('kop');
    expect(blockTexts([sk.body[0]])).toEqual(['PEMERINTAH PROVINSI NUSA TENGGARA TIMUR', '{{INSTANSI_KAPITAL}}', '{{KOP_ALAMAT}}', '{{KOP_KOTA}}']);
    expect(sk.header).toEqual([]);
    expect(sk.footer).toEqual([]);
  });

  it('states the five roles with their tasks, the period, the budget and the monitoring', () => {
    for (const r of AGENT_ROLES) expect(bodyText).toContain(`${r.name}, yaitu ${r.task}`);
    expect(bodyText).toMatch(/KESATU[\s\S]*masa tugas \{\{PERIODE\}\}/);
    expect(bodyText).toContain('Dokumen Pelaksanaan Anggaran (DPA)');
    expect(bodyText).toContain('Tim Reformasi Birokrasi Area Manajemen Perubahan');
    expect(bodyText).toContain('Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 27 Tahun 2014');
    expect(bodyText).toContain('Undang-Undang Nomor 64 Tahun 1958');
  });

  it('passes its own pre-flight once the agency data is filled, and leaves no placeholder when filled', () => {
    const names = (texts: string[]) => [...new Set(texts.flatMap(findPlaceholders))];
    const settings = {
      ...DEFAULT_SETTINGS,
      alamat: 'Jl. Palapa No. 22',
      kota: 'Kupang',
      telepon: '(0380) 833 079',
      emailKantor: 'dinkes@nttprov.go.id',
      kodePos: '85111',
      kepalaNama: 'dr. Kepala',
      kepalaNip: '196901011998032005',
      kepalaPangkat: 'Pembina Utama Muda / IV.c',
      periodeMulai: witaToMs(2027, 1, 1),
      periodeSelesai: witaToMs(2027, 12, 31),
    };
    const rowTexts = AGENT_ROW;
    const res = preflight({
      templatePlaceholders: {
        header: names(blockTexts(sk.header)),
        footer: names(blockTexts(sk.footer)),
        body: names(blockTexts(sk.body).filter((t) => rowTexts.indexOf(t) < 0)),
        rows: names(rowTexts),
      },
      hasAgentRow: true,
      settings,
      agents: [{ nip: '198609262015051001', name: 'Maria', role: 'Katalis' }],
      expectedAgentCount: 1,
      shortlistNips: ['198609262015051001'],
      eligibility: new Map([['198609262015051001', { eligible: true, reason: '' }]]),
      assessedNips: ['198609262015051001'],
    });
    expect(res).toEqual({ errors: [], confirmations: [] });
    const v = decreeValues(settings, [], witaToMs(2026, 11, 27));
    const filled = allTexts.filter((t) => rowTexts.indexOf(t) < 0).map((t) => fillText(t, v.document));
    expect(filled.filter((t) => t.indexOf('{{') >= 0)).toEqual([]);
    expect(filled).toContain('KEPUTUSAN KEPALA DINAS KESEHATAN PROVINSI NUSA TENGGARA TIMUR');
  });

  it.each([
    ['F4', 'Arial'],
    ['A4', 'Arial'],
    ['F4', 'Bookman Old Style'],
  ] as const)('on %s in %s: every table spans exactly the text width, no label or number narrower than its longest word', (paper, font) => {
    const page = pageSetup(paper, undefined, font, 12);
    const doc = defaultDecreeTemplate(page);
    expect(doc.page).toEqual(page);
    const tables = doc.body.filter((b): b is TableBlock => b.type === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const t of tables) {
      expect(t.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(textWidth(page), 1);
      expect(t.widths).toHaveLength(t.rows[0].length);
      const size = t.fontSize ?? page.fontSize;
      t.widths.forEach((w, c) => {
        for (const row of t.rows) {
          for (const word of row[c].split(/\s+/).filter((x) => x !== '' && !x.includes('{{'))) {
            const bold = t.header === true && row === t.rows[0];
            expect(measureText(word, font, size, bold) + 2 * CELL_PADDING, `"${word}" in column ${c}`).toBeLessThanOrEqual(w);
          }
        }
      });
    }
    // The decree's label columns line up across the considerations and the diktum.
    const [considerations, decision] = tables;
    expect(considerations.widths).toEqual(decision.widths);
    expect(considerations.widths[0]).toBeGreaterThanOrEqual(measureText('Memperhatikan', font, 12) + 2 * CELL_PADDING);
    // Data table ruled with a repeated header, layout tables borderless.
    const agents = tables[tables.length - 1];
    expect(agents.header).toBe(true);
    expect(agents.borderless).toBeUndefined();
    expect(tables.slice(0, -1).every((t) => t.borderless)).toBe(true);
    expect(agents.fontSize ?? 12).toBeGreaterThanOrEqual(9);
    // The NIP under each name fits on one line ("NIP 19860926 201505 1 001").
    expect(agents.widths[1]).toBeGreaterThanOrEqual(measureText('NIP 19860926 201505 1 001', font, agents.fontSize ?? 12) + 2 * CELL_PADDING);
  });

  it('puts the signature block and the Lampiran heading in the right half', () => {
    const page = pageSetup('F4');
    const doc = defaultDecreeTemplate(page);
    const half = textWidth(page) / 2;
    const signature = doc.body.filter((b) => b.type === 'paragraph' && /KEPALA_NAMA|Ditetapkan di|pada tanggal/.test(b.text));
    expect(signature.length).toBeGreaterThanOrEqual(4);
    for (const b of signature) expect(b.type === 'paragraph' && b.indent).toBeGreaterThanOrEqual(Math.floor(half));
  });

  it('sets the Lampiran heading as far right as lets TENTANG hold the title on 3 lines, ending at the right margin', () => {
    for (const page of [pageSetup('F4'), pageSetup('A4'), pageSetup('F4', undefined, 'Bookman Old Style')]) {
      const doc = defaultDecreeTemplate(page);
      const heading = doc.body.find((b) => b.type === 'table' && b.rows[0].includes('LAMPIRAN')) as TableBlock;
      expect(heading.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(textWidth(page), 1);
      expect(heading.widths[0]).toBeGreaterThan(40);
      const tentang = heading.rows.find((r) => r[1] === 'TENTANG')!;
      const lines = wrapLines(sampleText(tentang[3]), heading.widths[3] - 10, page);
      expect(lines.length).toBeLessThanOrEqual(LAMPIRAN_TITLE_LINES);
      // And not much wider than it needs: one column step narrower would need a fourth line.
      expect(wrapLines(sampleText(tentang[3]), heading.widths[3] - 10 - 40, page).length).toBeGreaterThan(LAMPIRAN_TITLE_LINES);
    }
  });

  it.each([
    ['the default office', undefined],
    ['a longer office name', 'DINAS KESEHATAN, KEPENDUDUKAN DAN PENCATATAN SIPIL PROVINSI NUSA TENGGARA TIMUR'],
  ])('breaks the centred headings on balanced lines, never one word alone (%s)', (_what, office) => {
    const page = pageSetup('F4');
    const doc = defaultDecreeTemplate(page, office);
    const headings = doc.body.filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.align === 'center' && b.bold === true && sampleText(b.text).split(' ').length > 3);
    expect(headings.length).toBeGreaterThanOrEqual(4);
    for (const h of headings) {
      const width = textWidth(page) - (h.indent ?? 0) - (h.indentEnd ?? 0);
      const lines = wrapLines(sampleText(h.text, office), width, page, true);
      const full = wrapLines(sampleText(h.text, office), textWidth(page), page, true);
      expect(lines.length, h.text).toBe(full.length);
      if (lines.length > 1) {
        expect(h.indent, h.text).toBe(h.indentEnd);
        expect(lines.every((l) => l.split(' ').length >= 2), lines.join(' / ')).toBe(true);
      }
    }
    const title = headings.find((h) => h.text.startsWith('KEPUTUSAN KEPALA'))!;
    if (office === undefined) {
      expect(wrapLines(sampleText(title.text), textWidth(page) - 2 * title.indent!, page, true)).toEqual(['KEPUTUSAN KEPALA DINAS KESEHATAN', 'PROVINSI NUSA TENGGARA TIMUR']);
    }
  });

  it('marks foreign terms for italics (paragraphs carry their spans; cells are marked by the renderer)', () => {
    expect(foreignSpans('teladan (role model) dan assessment')).toEqual([[9, 18], [25, 34]]);
    expect(foreignSpans('BERITA ACARA ASSESSMENT CALON')).toEqual([[13, 22]]);
    expect(foreignSpans('Roadmap, assessmentnya, reassessment')).toEqual([]);
    expect(para('hasil assessment oleh tim').italic).toEqual([[6, 15]]);
    const cells = blockTexts(defaultDecreeTemplate().body).filter((t) => foreignSpans(t).length > 0);
    expect(cells.some((t) => t.includes('(role model)'))).toBe(true);
    expect(cells.some((t) => t.includes('Grand Design'))).toBe(true);
  });

  it('returns a fresh copy each call', () => {
    const a = defaultDecreeTemplate();
    (a.body[0] as { text: string }).text = 'x';
    expect(defaultDecreeTemplate().body[0]).not.toEqual(a.body[0]);
  });
});
