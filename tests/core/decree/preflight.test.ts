import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../../src/core/dates';
import { preflight, type PreflightInput } from '../../../src/core/decree/preflight';
import type { Eligibility } from '../../../src/core/eligibility';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const A = '198609262015051001';
const B = '199001012019022003';
const C = '198001012005011002';

const ok: Eligibility = { eligible: true, reason: '' };

function input(extra: Partial<PreflightInput> = {}): PreflightInput {
  return {
    templatePlaceholders: {
      body: ['INSTANSI_KAPITAL', 'NOMOR', 'TAHUN', 'PERIODE', 'KOTA', 'TANGGAL', 'KEPALA_NAMA', 'KEPALA_PANGKAT', 'KEPALA_NIP'],
      header: ['INSTANSI_KAPITAL', 'ALAMAT'],
      footer: [],
      rows: ['NO', 'NAMA', 'NIP', 'PANGKAT', 'JABATAN', 'UNIT', 'PERAN'],
    },
    hasAgentRow: true,
    settings: {
      ...DEFAULT_SETTINGS,
      alamat: 'Jl. Palapa No. 22',
      kepalaNama: 'dr. Kepala',
      kepalaNip: '196901011998032005',
      kepalaPangkat: 'Pembina Utama Muda / IV.c',
      periodeMulai: witaToMs(2027, 1, 1),
      periodeSelesai: witaToMs(2027, 12, 31),
    },
    settingsRows: { kepalaNama: 17, periodeMulai: 22, alamat: 11 },
    agents: [
      { nip: A, name: 'Maria Lake', role: 'Katalis', row: 3 },
      { nip: B, name: 'Yohanes Bria', role: 'Mediator', row: 4 },
      { nip: C, name: 'Petrus Seran', role: 'Penghubung', row: 5 },
    ],
    expectedAgentCount: 3,
    shortlistNips: [A, B, C],
    eligibility: new Map([
      [A, ok],
      [B, ok],
      [C, ok],
    ]),
    assessedNips: [A, B, C],
    ...extra,
  };
}

describe('preflight', () => {
  it('passes a complete, consistent draft', () => {
    expect(preflight(input())).toEqual({ errors: [], confirmations: [] });
  });

  type Case = [string, Partial<PreflightInput> | ((i: PreflightInput) => PreflightInput), RegExp];
  const errorCases: Case[] = [
    [
      'misspelt placeholder, with where and a suggestion',
      (i) => ({ ...i, templatePlaceholders: { ...i.templatePlaceholders, rows: [...i.templatePlaceholders.rows, 'NAMMA'], footer: ['NAMMA'] } }),
      /\{\{NAMMA\}\} di kaki halaman \(footer\), baris tabel agen\. Mungkin maksudnya \{\{NAMA\}\}\?/,
    ],
    [
      'unknown placeholder without a close one',
      (i) => ({ ...i, templatePlaceholders: { ...i.templatePlaceholders, body: ['TANDA_TANGAN_DIGITAL_KEPALA'] } }),
      /tidak dikenal \{\{TANDA_TANGAN_DIGITAL_KEPALA\}\} di isi dokumen\. Hapus atau ganti/,
    ],
    [
      'agent placeholder outside the agent row',
      (i) => ({ ...i, templatePlaceholders: { ...i.templatePlaceholders, body: ['NAMA'] } }),
      /\{\{NAMA\}\} di isi dokumen hanya terisi di baris tabel agen/,
    ],
    ['no agent row', { hasAgentRow: false }, /tidak punya baris tabel agen.*\{\{NAMA\}\}/],
    ['missing head name, naming the Pengaturan row', (i) => ({ ...i, settings: { ...i.settings, kepalaNama: '  ' } }), /"Nama Kepala Dinas" masih kosong\. Isi di baris 17 lembar Pengaturan/],
    ['missing period', (i) => ({ ...i, settings: { ...i.settings, periodeMulai: null } }), /"Periode Tugas Mulai" masih kosong\. Isi di baris 22/],
    ['missing office name', (i) => ({ ...i, settings: { ...i.settings, instansi: '' } }), /"Nama Instansi" masih kosong\. Isi di lembar Pengaturan/],
    ['nobody marked Ditetapkan', { agents: [] }, /Belum ada calon yang dicentang "Ditetapkan" di lembar Penilaian\. Centang 3 calon/],
    ['marked person not on the shortlist', { shortlistNips: [A, B] }, /Petrus Seran \(NIP 19800101 200501 1 002, Penilaian baris 5\) dicentang Ditetapkan tetapi tidak ada di daftar pendek/],
    [
      'ineligible, with the reason',
      { eligibility: new Map([[A, ok], [B, { eligible: false, reason: 'Status PPPK (bukan PNS)' }], [C, ok]]) },
      /Yohanes Bria .* tidak memenuhi syarat agen perubahan: Status PPPK \(bukan PNS\)/,
    ],
    ['not in the roster', { eligibility: new Map([[A, ok], [B, ok]]) }, /Petrus Seran .* tidak ditemukan di lembar Pegawai/],
    ['unassessed', { assessedNips: [A, C] }, /Yohanes Bria .* belum dinilai/],
    ['marked twice', (i) => ({ ...i, agents: [...i.agents, { nip: A, name: 'Maria Lake', role: 'Katalis', row: 9 }] }), /lebih dari sekali/],
    ['marked without NIP', (i) => ({ ...i, agents: [...i.agents, { nip: '', name: 'Tanpa NIP', role: '' }] }), /Tanpa NIP \(tanpa NIP\) .*tidak punya NIP/],
  ];

  it.each(errorCases)('refuses: %s', (_name, change, message) => {
    const i = typeof change === 'function' ? change(input()) : input(change);
    const res = preflight(i);
    expect(res.errors.some((e) => message.test(e)), res.errors.join('\n')).toBe(true);
  });

  const confirmCases: Case[] = [
    [
      'agent count differs from the setting',
      (i) => ({ ...i, agents: i.agents.slice(0, 2) }),
      /ada 2 orang, sedangkan Jumlah Agen Ditetapkan di Pengaturan adalah 3/,
    ],
    ['a blank kop field', (i) => ({ ...i, settings: { ...i.settings, alamat: '' } }), /"Alamat Kantor" masih kosong \(baris 11 lembar Pengaturan\)/],
    ['no role', (i) => ({ ...i, agents: [{ ...i.agents[0], role: '' }, ...i.agents.slice(1)] }), /Maria Lake .* belum diberi Peran; di SK tertulis "Agen Perubahan"/],
    ['unknown role', (i) => ({ ...i, agents: [{ ...i.agents[0], role: 'Ketua' }, ...i.agents.slice(1)] }), /Peran "Ketua" untuk Maria Lake/],
  ];

  it.each(confirmCases)('asks: %s', (_name, change, message) => {
    const i = typeof change === 'function' ? change(input()) : input(change);
    const res = preflight(i);
    expect(res.errors).toEqual([]);
    expect(res.confirmations.some((c) => message.test(c)), res.confirmations.join('\n')).toBe(true);
  });

  it('does not ask for data the template does not use', () => {
    const i = input();
    const res = preflight({
      ...i,
      settings: { ...i.settings, telepon: '', emailKantor: '', kodePos: '' },
      templatePlaceholders: { ...i.templatePlaceholders, header: ['INSTANSI_KAPITAL'] },
    });
    expect(res).toEqual({ errors: [], confirmations: [] });
  });

  it('reports a placeholder used in several parts once', () => {
    const i = input();
    const res = preflight({ ...i, templatePlaceholders: { ...i.templatePlaceholders, header: ['NAMMA'], body: ['NAMMA', ...i.templatePlaceholders.body] } });
    expect(res.errors.filter((e) => e.indexOf('NAMMA') >= 0)).toHaveLength(1);
  });
});
