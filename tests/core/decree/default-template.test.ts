import { describe, expect, it } from 'vitest';
import { blockTexts, type DocBlock } from '../../../src/core/decree/blocks';
import { AGENT_ROW, AGENT_TABLE_HEADERS, defaultDecreeTemplate } from '../../../src/core/decree/default-template';
import { decreeValues } from '../../../src/core/decree/model';
import { fillText, findPlaceholders, isAgentPlaceholder, isKnownPlaceholder } from '../../../src/core/decree/placeholders';
import { preflight } from '../../../src/core/decree/preflight';
import { witaToMs } from '../../../src/core/dates';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { AGENT_ROLES } from '../../../src/core/values';

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
    for (const n of ['INSTANSI_KAPITAL', 'NOMOR', 'TAHUN', 'PERIODE', 'KOTA', 'TANGGAL', 'KEPALA_NAMA', 'KEPALA_PANGKAT', 'KEPALA_NIP', 'ALAMAT']) {
      expect(names.has(n), n).toBe(true);
    }
  });

  it('has exactly one agent row, in a table headed No | Nama | NIP | Pangkat/Gol. | Jabatan | Unit Kerja | Peran', () => {
    expect(agentRows(sk.body)).toEqual([AGENT_ROW]);
    const table = sk.body.find((b) => b.type === 'table' && b.rows.some((r) => r === AGENT_ROW || r.join() === AGENT_ROW.join()));
    expect(table && table.type === 'table' && table.rows[0]).toEqual(AGENT_TABLE_HEADERS);
    expect(table && table.type === 'table' && table.header).toBe(true);
    expect(agentRows([...sk.header, ...sk.footer])).toEqual([]);
    expect(allTexts.filter((t) => t.indexOf('{{') >= 0 && findPlaceholders(t).some(isAgentPlaceholder))).toEqual(AGENT_ROW);
  });

  it('puts a page break right before the LAMPIRAN, and the agents table after it', () => {
    const pb = sk.body.findIndex((b) => b.type === 'pageBreak');
    const lampiran = sk.body.findIndex((b) => b.type === 'paragraph' && b.text.indexOf('LAMPIRAN') === 0);
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
      'LAMPIRAN KEPUTUSAN',
    ];
    let at = -1;
    for (const piece of order) {
      const next = bodyText.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
    expect(blockTexts(sk.header)).toContain('PEMERINTAH PROVINSI NUSA TENGGARA TIMUR');
    expect(blockTexts(sk.header)).toContain('{{INSTANSI_KAPITAL}}');
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

  it('returns a fresh copy each call', () => {
    const a = defaultDecreeTemplate();
    (a.body[0] as { text: string }).text = 'x';
    expect(defaultDecreeTemplate().body[0]).not.toEqual(a.body[0]);
  });
});
