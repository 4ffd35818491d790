import { describe, expect, it } from 'vitest';
import { checkRoster, hasActiveSanction, normalizePangkat, normalizeStatus, parseRoster } from '../../src/core/roster';
import type { Employee } from '../../src/core/types';

const TODAY = Date.UTC(2026, 10, 27);
const HEADER = ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Pangkat/Golongan', 'Status Kepegawaian', 'Hukuman Disiplin', 'NIP Atasan', 'Email'];

function emp(row: number, over: Partial<Employee> = {}): Employee {
  return {
    nip: `19860926201505100${row % 10}`,
    name: `Pegawai ${row}`,
    jabatan: 'Analis',
    unit: 'Sekretariat',
    pangkat: 'Penata / III/c',
    status: 'PNS',
    sanction: '',
    supervisorNip: '',
    email: '',
    row,
    ...over,
  };
}

describe('parseRoster', () => {
  it('matches headers case-, space- and punctuation-insensitively, in any order', () => {
    const header = ['  nama ', 'nip', 'UNIT KERJA', 'Pangkat / Gol', 'status kepegawaian', 'Hukuman  Disiplin', 'NIP atasan', 'E-mail', 'Catatan'];
    const { employees, problems } = parseRoster(header, [
      ['dr. Maria Lake, M.Kes.', '19860926 201505 2 001', 'Sekretariat', 'III/c', 'PNS', '-', '197001011995031001', ' Maria@Dinkes.go.id ', 'x'],
    ]);
    expect(problems).toEqual([]);
    expect(employees).toEqual([
      {
        nip: '198609262015052001', name: 'dr. Maria Lake, M.Kes.', jabatan: '', unit: 'Sekretariat', pangkat: 'III/c', status: 'PNS',
        sanction: '-', supervisorNip: '197001011995031001', email: 'maria@dinkes.go.id', row: 2,
      },
    ]);
  });

  it('skips blank rows and keeps sheet row numbers', () => {
    const { employees } = parseRoster(HEADER, [
      ['198609262015052001', 'A'],
      ['', '  ', '', null as unknown as string],
      ['198609262015052002', 'B'],
    ]);
    expect(employees.map((e) => [e.name, e.row])).toEqual([['A', 2], ['B', 4]]);
  });

  it('reports a NIP read back as a number (precision lost) and asks for a text column', () => {
    const { employees, problems } = parseRoster(HEADER, [[198609262015052000, 'A', '', '', '', 'PNS', '', 197001011995031000]]);
    expect(employees).toHaveLength(1);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ row: 2, column: 'NIP' });
    expect(problems[0].message).toMatch(/angka.*Teks/);
    expect(problems[1]).toMatchObject({ row: 2, column: 'NIP Atasan' });
  });

  it('keeps a short number NIP without the precision warning', () => {
    const { employees, problems } = parseRoster(HEADER, [[12345, 'A']]);
    expect(problems).toEqual([]);
    expect(employees[0].nip).toBe('12345');
  });

  it('reports letters in a NIP', () => {
    const { problems } = parseRoster(HEADER, [['19860926 2015O5 2 001', 'A']]);
    expect(problems).toEqual([expect.objectContaining({ row: 2, column: 'NIP', message: expect.stringMatching(/huruf/) })]);
  });

  it('reports missing NIP, Nama and Status Kepegawaian columns on row 1 (R4)', () => {
    const { problems, missingRequired } = parseRoster(['Jabatan', 'Unit'], [['x', 'y']]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([[1, 'NIP'], [1, 'Nama'], [1, 'Status Kepegawaian']]);
    expect(missingRequired).toEqual(['nip', 'name', 'status']);
  });
});

describe('normalizeStatus', () => {
  it.each([
    ['PNS', 'PNS'], [' pns ', 'PNS'], ['CPNS', 'CPNS'], ['C-PNS', 'CPNS'], ['PPPK', 'PPPK'],
    ['PPPK Paruh Waktu', 'PPPK Paruh Waktu'], ['pppk paruh-waktu', 'PPPK Paruh Waktu'],
    ['Non ASN', 'Non ASN'], ['Non-ASN', 'Non ASN'], ['NON ASN', 'Non ASN'], ['honorer', 'Non ASN'], ['Kontrak', 'Non ASN'],
    ['Honorer Daerah X', null], ['', null], ['Pensiun', null],
  ])('%j → %j', (text, status) => {
    expect(normalizeStatus(text)).toBe(status);
  });
});

describe('hasActiveSanction', () => {
  it.each([
    ['', false], ['Tidak ada', false], ['tidak ada', false], ['-', false], ['Nihil', false], ['  ', false],
    ['Teguran tertulis', true], ['Penurunan jabatan 12 bulan', true], ['ada', true],
  ])('%j → %s', (text, active) => {
    expect(hasActiveSanction(text)).toBe(active);
  });
});

describe('normalizePangkat', () => {
  it.each([
    ['III a', 'Penata Muda / III/a'],
    ['III.a', 'Penata Muda / III/a'],
    ['III/a', 'Penata Muda / III/a'],
    ['iiia', 'Penata Muda / III/a'],
    ['IIIa', 'Penata Muda / III/a'],
    ['Penata Muda / III.a', 'Penata Muda / III/a'],
    ['Penata Muda Tk. I / III/b', 'Penata Muda Tk. I / III/b'],
    ['Penata Muda Tk.I, III-b', 'Penata Muda Tk. I / III/b'],
    ['3/d', 'Penata Tk. I / III/d'],
    ['IV/e', 'Pembina Utama / IV/e'],
    ['II/c', 'Pengatur / II/c'],
    ['I/d', 'Juru Tk. I / I/d'],
    ['IV/f', 'IV/f'],
    ['IX', 'IX'],
    ['  ', ''],
    ['Pembina', 'Pembina'],
  ])('%j → %j', (text, pangkat) => {
    expect(normalizePangkat(text)).toBe(pangkat);
  });
});

describe('checkRoster (Periksa Data Pegawai)', () => {
  const boss = emp(2, { nip: '197001011995031001', name: 'Kepala' });
  const cases: { label: string; roster: Employee[]; expected: [number, string, RegExp][] }[] = [
    { label: 'a clean roster', roster: [boss, emp(3, { supervisorNip: boss.nip })], expected: [] },
    { label: 'a missing name', roster: [boss, emp(3, { name: ' ' })], expected: [[3, 'Nama', /Nama kosong/]] },
    {
      label: 'duplicate NIPs name both rows',
      roster: [boss, emp(3, { nip: '198609262015052001' }), emp(4, { nip: '198609262015052001', name: 'Dua' })],
      expected: [[3, 'NIP', /ganda.*baris 4 \(Dua\)/], [4, 'NIP', /ganda.*baris 3/]],
    },
    { label: 'an unknown status', roster: [boss, emp(3, { status: 'Honorer Daerah X' })], expected: [[3, 'Status Kepegawaian', /"Honorer Daerah X" tidak dikenal/]] },
    { label: 'a blank status', roster: [boss, emp(3, { status: '' })], expected: [[3, 'Status Kepegawaian', /kosong/]] },
    { label: 'an invalid PNS NIP', roster: [boss, emp(3, { nip: '198613262015051001' })], expected: [[3, 'NIP', /Tanggal lahir/]] },
    { label: 'a short NIP', roster: [boss, emp(3, { nip: '1986092620150510' })], expected: [[3, 'NIP', /18 angka/]] },
    { label: 'a PNS without NIP', roster: [boss, emp(3, { nip: '' })], expected: [[3, 'NIP', /NIP kosong.*PNS/]] },
    { label: 'a Non ASN without NIP is fine', roster: [boss, emp(3, { nip: '', status: 'Non ASN' })], expected: [] },
    { label: 'a PPPK number is checked for length only', roster: [boss, emp(3, { nip: '198609262023134001', status: 'PPPK' })], expected: [] },
    {
      label: 'a supervisor not in the roster',
      roster: [boss, emp(3, { supervisorNip: '197501011999031001' })],
      expected: [[3, 'NIP Atasan', /19750101 199903 1 001 tidak ada/]],
    },
    { label: 'a supervisor equal to self', roster: [boss, emp(3, { supervisorNip: emp(3).nip })], expected: [[3, 'NIP Atasan', /sama dengan NIP pegawai itu sendiri/]] },
  ];
  it.each(cases)('$label', ({ roster, expected }) => {
    const problems = checkRoster(roster, TODAY);
    expect(problems.map((p) => [p.row, p.column])).toEqual(expected.map(([r, c]) => [r, c]));
    expected.forEach(([, , re], i) => expect(problems[i].message).toMatch(re));
  });

  it('changes nothing in the employees it checks', () => {
    const roster = [boss, emp(3, { status: 'x', supervisorNip: '1' })];
    const copy = JSON.parse(JSON.stringify(roster));
    checkRoster(roster, TODAY);
    expect(roster).toEqual(copy);
  });
});
