import { describe, expect, it } from 'vitest';
import { eligibility, sanctionLevel } from '../../src/core/eligibility';

describe('eligibility (N6)', () => {
  it.each([
    ['PNS', '', true, ''],
    ['PNS', 'Tidak ada', true, ''],
    ['PNS', '-', true, ''],
    ['pns', '', true, ''],
    ['CPNS', '', false, 'Status CPNS (bukan PNS)'],
    ['PPPK', '', false, 'Status PPPK (bukan PNS)'],
    ['PPPK Paruh Waktu', '', false, 'Status PPPK Paruh Waktu (bukan PNS)'],
    ['Non ASN', '', false, 'Status Non ASN (bukan PNS)'],
    ['honorer', '', false, 'Status Non ASN (bukan PNS)'],
    ['PNS', 'Teguran tertulis', false, 'Hukuman disiplin ringan'],
    ['CPNS', 'Teguran lisan', false, 'Status CPNS (bukan PNS); Hukuman disiplin ringan'],
    ['PNS', 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan (SK 800/123/2026)', false, 'Hukuman disiplin sedang'],
    ['PNS', 'Sedang menjalani hukuman disiplin', false, 'Hukuman disiplin aktif'],
    ['', '', false, 'Status Kepegawaian kosong'],
    ['Pensiun', '', false, 'Status Kepegawaian tidak dikenal: "Pensiun"'],
  ])('status %j, hukuman %j → eligible %s', (status, sanction, eligible, reason) => {
    expect(eligibility({ status, sanction })).toEqual({ eligible, reason });
  });
});

describe('sanctionLevel: only the level reaches the tally, never the sanction\'s text', () => {
  it.each([
    ['Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan (2026)', 'sedang'],
    ['hukdis berat', 'berat'],
    ['Tingkat: ringan', 'ringan'],
    ['BERAT', 'berat'],
    ['Teguran tertulis dari Kepala Dinas', 'ringan'],
    ['Pernyataan tidak puas secara tertulis', 'ringan'],
    ['Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan', 'sedang'],
    ['Penundaan kenaikan gaji berkala 1 tahun (PP 53/2010)', 'sedang'],
    ['Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan', 'berat'],
    ['Penurunan jabatan setingkat lebih rendah', 'berat'],
    ['Penurunan pangkat setingkat lebih rendah selama 3 tahun', 'berat'],
    ['Penurunan pangkat setingkat lebih rendah selama 1 tahun', 'sedang'],
    // "sedang" meaning "currently" is not a level
    ['Sedang menjalani hukuman disiplin', null],
    ['Sedang diperiksa Inspektorat', null],
  ])('%j → %s', (text, level) => {
    expect(sanctionLevel(text)).toBe(level);
  });
});
