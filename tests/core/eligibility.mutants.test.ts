/**
 * N6 and R3 cases the mutation run of `eligibility.ts` showed untested (docs/mutation.md): a
 * damaged roster NIP keeps a person off the shortlist, and every way the roster writes a
 * sanction's level or kind gives the level the tally shows.
 */
import { describe, expect, it } from 'vitest';
import { eligibility, sanctionLevel } from '../../src/core/eligibility';
import { nipDamage } from '../../src/core/nip';

const DAMAGE = nipDamage('1,98609E+17')!;

describe('eligibility: a damaged roster NIP (R3)', () => {
  it('names the row to repair', () => {
    expect(eligibility({ status: 'PNS', sanction: '', nipDamage: DAMAGE, row: 7 })).toEqual({
      eligible: false,
      reason: 'NIP rusak di lembar Pegawai (baris 7): perbaiki dulu, lalu Sinkronkan Ulang',
    });
  });

  it('without a row, says so without one; every reason is given, joined by "; "', () => {
    expect(eligibility({ status: 'CPNS', sanction: 'hukdis berat', nipDamage: DAMAGE })).toEqual({
      eligible: false,
      reason: 'Status CPNS (bukan PNS); Hukuman disiplin berat; NIP rusak di lembar Pegawai: perbaiki dulu, lalu Sinkronkan Ulang',
    });
  });

  it('a status written with spaces around it is named without them', () => {
    expect(eligibility({ status: '  Pensiun ', sanction: '' })).toEqual({ eligible: false, reason: 'Status Kepegawaian tidak dikenal: "Pensiun"' });
    expect(eligibility({ status: '   ', sanction: '' })).toEqual({ eligible: false, reason: 'Status Kepegawaian kosong' });
  });
});

describe('sanctionLevel: every way the roster writes it (N6)', () => {
  it.each([
    ['Sedang.', 'sedang'],
    ['  ringan  ', 'ringan'],
    ['ringan sekali', null],
    ['Kategori berat', 'berat'],
    ['Disiplin tingkat sedang', 'sedang'],
    ['hukuman disiplin tingkat: berat', 'berat'],
    ['hukuman - ringan', 'ringan'],
    ['Hukuman\n  disiplin   sedang', 'sedang'],
    ['hukumanringan', 'ringan'],
    ['hukuman beratnya belum diputuskan', null],
    ['Pemberhentian dengan hormat tidak atas permintaan sendiri', 'berat'],
    ['Diberhentikan sementara', 'berat'],
    ['Pemindahan dalam rangka penurunan pangkat', 'berat'],
    ['Penurunan pangkat setingkat lebih rendah selama tiga tahun', 'berat'],
    ['Penurunan pangkat 1 tahun; teguran 3 tahun lalu', 'sedang'],
    ['Penurunan pangkat selama 13 tahun', 'sedang'],
    ['Potongan tunjangan 25% selama 6 bulan', 'sedang'],
    ['Teguran lisan', 'ringan'],
    ['Sanksi administratif', null],
    ['', null],
  ] as [string, string | null][])('%j → %s', (text, level) => {
    expect(sanctionLevel(text)).toBe(level);
  });

  it('the heavier kind wins when a text names two', () => {
    expect(sanctionLevel('Teguran tertulis, lalu pembebasan dari jabatan')).toBe('berat');
    expect(sanctionLevel('Teguran tertulis dan pemotongan tunjangan')).toBe('sedang');
  });
});
