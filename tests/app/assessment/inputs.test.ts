/** Reading the shortlist of Rekap Penjaringan and finding each candidate's supervisor. */
import { describe, expect, it } from 'vitest';
import { parseTally, shortlistCandidates } from '../../../src/app/assessment/inputs';
import type { Employee } from '../../../src/core/types';

const HEAD = ['Peringkat', 'Nama', 'NIP', 'Unit Kerja', 'Suara', 'Memenuhi Syarat', 'Alasan', 'Daftar Pendek'];
const emp = (nip: string, name: string, supervisorNip = ''): Employee => ({
  nip, name, jabatan: 'Staf', unit: 'Sekretariat', pangkat: 'Penata / III/c', status: 'PNS', sanction: '', supervisorNip, email: '', row: 2,
});

describe('parseTally', () => {
  it.each([
    ['grouped NIP as text', ['1', 'Ana', '19860926 201505 1 001', 'Sek', 7, 'Ya', '', 'Ya'], { nip: '198609262015051001', votes: 7, shortlisted: true, eligible: true }],
    ['not shortlisted', ['6', 'Budi', '19860926 201505 1 002', 'Sek', 1, 'Ya', '', ''], { shortlisted: false }],
    ['ineligible', ['', 'Cici', '19860926 201505 2 003', 'Sek', 4, 'Tidak', 'Status PPPK', ''], { eligible: false, shortlisted: false }],
    ['Daftar Pendek typed in lower case with spaces', ['1', 'Dedi', '198609262015051004', 'Sek', '3', 'ya', '', ' ya '], { shortlisted: true, votes: 3 }],
  ])('%s', (_label, row, expected) => {
    expect(parseTally([HEAD, row])[0]).toMatchObject(expected);
  });

  it('stops at the first blank row (summaries may stand to the right and below)', () => {
    const rows = parseTally([HEAD, ['1', 'Ana', '198609262015051001', '', 3, 'Ya', '', 'Ya'], ['', '', '', '', '', '', '', ''], ['', 'Zed', '198609262015051009', '', 1, 'Ya', '', 'Ya']]);
    expect(rows.map((r) => r.name)).toEqual(['Ana']);
  });

  it('reads columns by header text, and a foreign sheet as nothing', () => {
    expect(parseTally([['Nama', 'Daftar Pendek', 'NIP'], ['Ana', 'Ya', '198609262015051001']])[0]).toMatchObject({ name: 'Ana', shortlisted: true });
    expect(parseTally([['Apa', 'Ini'], ['x', 'y']])).toEqual([]);
    expect(parseTally([])).toEqual([]);
  });
});

describe('shortlistCandidates', () => {
  const roster = [emp('111111111111111111', 'dr. Kepala, M.Kes.'), emp('222222222222222222', 'Ana, S.KM', '111111111111111111'), emp('333333333333333333', 'Budi', '999999999999999999')];
  it('takes the titled roster name and the supervisor named by NIP Atasan; an unknown supervisor stays blank', () => {
    const tally = parseTally([HEAD, ['1', 'Ana', '222222222222222222', 'Sek', 5, 'Ya', '', 'Ya'], ['2', 'Budi', '333333333333333333', 'Sek', 4, 'Ya', '', 'Ya'], ['3', 'Cici', '444444444444444444', 'Sek', 1, 'Ya', '', '']]);
    expect(shortlistCandidates(tally, roster)).toEqual([
      { nip: '222222222222222222', name: 'Ana, S.KM', unit: 'Sek', votes: 5, supervisorName: 'dr. Kepala, M.Kes.', supervisorNip: '111111111111111111' },
      { nip: '333333333333333333', name: 'Budi', unit: 'Sek', votes: 4, supervisorName: '', supervisorNip: '999999999999999999' },
    ]);
  });
});
