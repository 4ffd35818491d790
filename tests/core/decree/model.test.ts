import { describe, expect, it } from 'vitest';
import { witaToMs } from '../../../src/core/dates';
import { BLANK_NUMBER, decreeValues, type DecreeAgent, formatPangkat, joinIndonesian, kopLines, terbilang } from '../../../src/core/decree/model';
import { AGENT_PLACEHOLDERS, DOCUMENT_PLACEHOLDERS } from '../../../src/core/decree/placeholders';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import type { Employee } from '../../../src/core/types';
import { NO_ROLE_LABEL } from '../../../src/core/values';

const emp = (nip: string, name: string, extra: Partial<Employee> = {}): Employee => ({
  nip,
  name,
  jabatan: 'Epidemiolog Kesehatan',
  unit: 'Bidang P2P',
  pangkat: 'Penata / III.c',
  status: 'PNS',
  sanction: '',
  supervisorNip: '',
  email: '',
  row: 2,
  ...extra,
});

const settings = (extra: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  alamat: 'Jl. Palapa No. 22',
  kepalaNama: 'dr. Ruth D. Laiskodat, S.Psi., Apt., M.M.',
  kepalaNip: '196901011998032005',
  kepalaPangkat: 'Pembina Utama Muda / IV.c',
  periodeMulai: witaToMs(2027, 1, 1),
  periodeSelesai: witaToMs(2027, 12, 31),
  ...extra,
});

describe('decreeValues', () => {
  const agents: DecreeAgent[] = [
    { employee: emp('198609262015051001', 'dr. Maria Lake, M.Kes.'), role: 'katalis' },
    { employee: emp('199001012019022003', 'Ni K. Sri $1 (Dewi)', { pangkat: '' }), role: null },
  ];

  it('fills every placeholder with a string', () => {
    const v = decreeValues(settings(), agents, witaToMs(2026, 11, 27, 9));
    for (const name of DOCUMENT_PLACEHOLDERS) expect(typeof v.document[name]).toBe('string');
    for (const row of v.agents) for (const name of AGENT_PLACEHOLDERS) expect(row[name]).not.toBe('');
  });

  it('writes the office in capitals, the head grouped NIP, the period and the count', () => {
    const v = decreeValues(settings(), agents, witaToMs(2026, 11, 27, 9)).document;
    expect(v.INSTANSI_KAPITAL).toBe('DINAS KESEHATAN PROVINSI NUSA TENGGARA TIMUR');
    expect(v.KEPALA_NIP).toBe('19690101 199803 2 005');
    expect(v.PERIODE).toBe('1 Januari 2027 sampai dengan 31 Desember 2027');
    expect(v.PERIODE_MULAI).toBe('1 Januari 2027');
    expect(v.TAHUN).toBe('2027');
    expect(v.JUMLAH_AGEN).toBe('2 (dua)');
    expect(v.NOMOR).toBe(BLANK_NUMBER);
    expect(v.KOTA).toBe('Kupang');
    expect(v.DAFTAR_AGEN).toBe('dr. Maria Lake, M.Kes. dan Ni K. Sri $1 (Dewi)');
  });

  it.each<[string, number, string]>([
    ['16:30 UTC on 26 November is 27 November in Kupang', Date.UTC(2026, 10, 26, 16, 30), '27 November 2026'],
    ['15:59 UTC on 26 November is still 26 November', Date.UTC(2026, 10, 26, 15, 59), '26 November 2026'],
    ['New Year in Kupang before UTC', Date.UTC(2026, 11, 31, 16, 0), '1 Januari 2027'],
  ])('TANGGAL: %s', (_name, now, expected) => {
    expect(decreeValues(settings({ periodeMulai: null }), agents, now).document.TANGGAL).toBe(expected);
  });

  it('takes Tanggal Penetapan over today, and TAHUN from the decree date without a period', () => {
    const v = decreeValues(settings({ tanggalPenetapan: witaToMs(2026, 12, 2), periodeMulai: null, periodeSelesai: null }), agents, witaToMs(2027, 3, 1));
    expect(v.document.TANGGAL).toBe('2 Desember 2026');
    expect(v.document.TAHUN).toBe('2026');
    expect(v.document.PERIODE).toBe('');
  });

  it('builds one agent row each: grouped NIP, canonical role, a dash for blanks, the default role', () => {
    const rows = decreeValues(settings(), agents, 0).agents;
    expect(rows[0]).toEqual({
      NO: '1',
      NAMA: 'dr. Maria Lake, M.Kes.',
      NIP: '19860926 201505 1 001',
      PANGKAT: 'Penata (III/c)',
      JABATAN: 'Epidemiolog Kesehatan',
      UNIT: 'Bidang P2P',
      PERAN: 'Katalis',
    });
    expect(rows[1].NO).toBe('2');
    expect(rows[1].PANGKAT).toBe('-');
    expect(rows[1].PERAN).toBe(NO_ROLE_LABEL);
    expect(rows[1].NAMA).toBe('Ni K. Sri $1 (Dewi)');
  });

  it('keeps a typed number', () => {
    expect(decreeValues(settings({ nomorSurat: '800/123/DINKES/2026' }), [], 0).document.NOMOR).toBe('800/123/DINKES/2026');
  });
});

describe('formatPangkat and kopLines', () => {
  it.each<[string, string]>([
    ['Pembina Utama Muda / IV/c', 'Pembina Utama Muda (IV/c)'],
    ['IV.c', 'Pembina Utama Muda (IV/c)'],
    ['Penata Muda Tk. I, III b', 'Penata Muda Tk. I (III/b)'],
    ['PPPK golongan IX', 'PPPK golongan IX'],
    ['', ''],
  ])('pangkat %j prints as %j', (written, printed) => {
    expect(formatPangkat(written)).toBe(printed);
  });

  it('names the city and postcode once, on their own line ("Kupang, Kupang, 85111" never)', () => {
    const base = { telepon: '(0380) 833 180', emailKantor: 'dinkes@nttprov.go.id', kota: 'Kupang', kodePos: '85111' };
    for (const alamat of ['Jl. Moh. Hatta No. 19, Kupang', 'Jl. Moh. Hatta No. 19, Kupang 85111', 'Jl. Moh. Hatta No. 19, kupang,', 'Jl. Moh. Hatta No. 19']) {
      expect(kopLines({ ...base, alamat })).toEqual({ address: 'Jl. Moh. Hatta No. 19, Telepon (0380) 833 180, Pos-el dinkes@nttprov.go.id', city: 'KUPANG 85111' });
    }
    expect(kopLines({ alamat: 'Jl. Kupangan 3', telepon: '', emailKantor: '', kota: 'Kupang', kodePos: '' })).toEqual({ address: 'Jl. Kupangan 3', city: 'KUPANG' });
  });
});

describe('terbilang and joinIndonesian', () => {
  it.each<[number, string]>([
    [0, 'nol'],
    [3, 'tiga'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [105, 'seratus lima'],
    [250, 'dua ratus lima puluh'],
  ])('%i → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it.each<[string[], string]>([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A dan B'],
    [['A', 'B', 'C'], 'A, B, dan C'],
  ])('%j → %s', (items, text) => {
    expect(joinIndonesian(items)).toBe(text);
  });
});
