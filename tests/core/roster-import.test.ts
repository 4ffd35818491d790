/**
 * R1–R4 as tables: which header feeds which field, composite fields, status and sanction
 * spellings, damaged NIPs, missing columns — and what each means for a tally.
 */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../src/core/nominations/resolve';
import { toBallot } from '../../src/core/nominations/ballot';
import { tally } from '../../src/core/nominations/tally';
import { BANNER, tallyBlock, tallyHeaderRow } from '../../src/core/nominations/tally-layout';
import { eligibility } from '../../src/core/eligibility';
import { describeSources, joinPangkat, joinTitledName, mapRosterColumns, type RosterField } from '../../src/core/roster-columns';
import { activeSanctions, checkRoster, hasActiveSanction, normalizeStatus, parseRoster, rosterNotices } from '../../src/core/roster';
import { checkPastedRoster, rosterCheckBlock, rosterCheckMessage, ROSTER_CHECK_LAYOUT } from '../../src/core/roster-check';
import { TALLY_HEADER_ROW, TALLY_HEADERS } from '../../src/core/schema';

const TODAY = Date.UTC(2026, 10, 27);
const SIASN = ['PNS ID', 'NIP BARU', 'NIP LAMA', 'NAMA', 'GELAR DEPAN', 'GELAR BELAKANG', 'JENIS PEGAWAI NAMA', 'STATUS CPNS PNS', 'GOL AKHIR NAMA', 'JABATAN NAMA', 'UNOR NAMA', 'EMAIL'];

describe('R1: the header table', () => {
  const cases: { label: string; headers: string[]; read: Partial<Record<RosterField, string[]>>; missing?: RosterField[] }[] = [
    {
      label: 'the product\'s own headers',
      headers: ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Pangkat/Golongan', 'Status Kepegawaian', 'Hukuman Disiplin', 'NIP Atasan', 'Email'],
      read: { nip: ['NIP'], name: ['Nama'], unit: ['Unit Kerja'], pangkat: ['Pangkat/Golongan'], status: ['Status Kepegawaian'], sanction: ['Hukuman Disiplin'], supervisorNip: ['NIP Atasan'], email: ['Email'] },
    },
    {
      label: 'BKN SIASN (P/C before JENIS PEGAWAI NAMA; NIP LAMA never the NIP)',
      headers: SIASN,
      read: { nip: ['NIP BARU'], name: ['GELAR DEPAN', 'NAMA', 'GELAR BELAKANG'], jabatan: ['JABATAN NAMA'], unit: ['UNOR NAMA'], pangkat: ['GOL AKHIR NAMA'], status: ['STATUS CPNS PNS', 'JENIS PEGAWAI NAMA'], sanction: [], email: ['EMAIL'] },
    },
    {
      label: 'SIASN with underscores, as its CSV has them',
      headers: ['NIP_BARU', 'NAMA', 'GELAR_DEPAN', 'GELAR_BELAKANG', 'STATUS_CPNS_PNS', 'GOL_AKHIR_NAMA', 'UNOR_NAMA'],
      read: { nip: ['NIP_BARU'], name: ['GELAR_DEPAN', 'NAMA', 'GELAR_BELAKANG'], status: ['STATUS_CPNS_PNS'], pangkat: ['GOL_AKHIR_NAMA'], unit: ['UNOR_NAMA'] },
    },
    {
      label: 'a SIMPEG/DUK sheet without status is refused (R4)',
      headers: ['No', 'NIP BARU', 'NAMA', 'PANGKAT', 'GOLRU', 'JABATAN', 'SATKER'],
      read: { nip: ['NIP BARU'], name: ['NAMA'], pangkat: ['PANGKAT', 'GOLRU'], jabatan: ['JABATAN'], unit: ['SATKER'] },
      missing: ['status'],
    },
    {
      label: 'common variants',
      headers: ['NIP', 'Nama Lengkap', 'Status ASN', 'Unit Organisasi', 'Golongan', 'Hukdis'],
      read: { name: ['Nama Lengkap'], status: ['Status ASN'], unit: ['Unit Organisasi'], pangkat: ['Golongan'], sanction: ['Hukdis'] },
    },
    {
      label: 'both "NIP LAMA" and "NIP BARU": NIP BARU, in either order',
      headers: ['NIP LAMA', 'NIP BARU', 'Nama', 'Status'],
      read: { nip: ['NIP BARU'] },
    },
    {
      label: 'only "NIP LAMA": no NIP',
      headers: ['NIP LAMA', 'Nama', 'Status'],
      read: { nip: [] },
      missing: ['nip'],
    },
    {
      label: 'the product header wins over a variant of the same field',
      headers: ['NIP BARU', 'NIP', 'Nama', 'Nama Lengkap', 'Status Kepegawaian'],
      read: { nip: ['NIP'], name: ['Nama'] },
    },
  ];
  it.each(cases)('$label', ({ headers, read, missing = [] }) => {
    const columns = mapRosterColumns(headers);
    for (const [field, expected] of Object.entries(read)) {
      expect(columns.sources[field as RosterField].columns.map((c) => c.header), field).toEqual(expected);
    }
    expect(columns.missingRequired).toEqual(missing);
  });

  it('says what it did not read and why', () => {
    const columns = mapRosterColumns(SIASN);
    expect(columns.refused.map((c) => c.header)).toEqual(['NIP LAMA']);
    expect(columns.unused.map((c) => c.header)).toEqual(['PNS ID']);
    expect(describeSources(columns)).toEqual([
      'NIP ← "NIP BARU"',
      'Nama ← "GELAR DEPAN" + "NAMA" + "GELAR BELAKANG" (gelar depan, nama, dan gelar belakang digabung)',
      'Jabatan ← "JABATAN NAMA"',
      'Unit Kerja ← "UNOR NAMA"',
      'Pangkat/Golongan ← "GOL AKHIR NAMA"',
      'Status Kepegawaian ← "STATUS CPNS PNS", lalu "JENIS PEGAWAI NAMA" (kolom pertama yang terisi)',
      'Hukuman Disiplin ← (tidak ada kolom)',
      'NIP Atasan ← (tidak ada kolom)',
      'Email ← "EMAIL"',
    ]);
  });
});

describe('R1: composite fields', () => {
  it.each([
    ['dr.', 'YOHANES BRIA', 'M.Kes', 'dr. YOHANES BRIA, M.Kes'],
    ['', 'MARIA LAKE', 'S.Kep., Ns.', 'MARIA LAKE, S.Kep., Ns.'],
    ['drg.', 'SITI', '', 'drg. SITI'],
    ['', 'PAULUS BRIA', '', 'PAULUS BRIA'],
    ['dr.', 'dr. Yohanes Bria', ', M.Kes.', 'dr. Yohanes Bria, M.Kes.'],
    ['dr.', 'Yohanes Bria, M.Kes.', 'M.Kes.', 'dr. Yohanes Bria, M.Kes.'],
    ['dr.', '', 'M.Kes.', ''],
  ])('GELAR DEPAN %j + NAMA %j + GELAR BELAKANG %j → %j', (front, name, back, joined) => {
    expect(joinTitledName(front, name, back)).toBe(joined);
  });

  it.each([
    ['Penata Muda', 'III/a', 'Penata Muda / III/a'],
    ['', 'III/a', 'III/a'],
    ['Penata', '', 'Penata'],
    ['Penata Muda III/a', 'III/a', 'Penata Muda III/a'],
  ])('PANGKAT %j + GOLONGAN %j → %j', (pangkat, golongan, joined) => {
    expect(joinPangkat(pangkat, golongan)).toBe(joined);
  });

  it('reads a SIASN row into the product\'s fields; status from P/C, else JENIS PEGAWAI NAMA', () => {
    const { employees, problems } = parseRoster(SIASN, [
      ['A8', '198609262015051001', '140123456', 'YOHANES BRIA', 'dr.', 'M.Kes', 'PNS DAERAH PROVINSI', 'P', 'III/c', 'DOKTER AHLI MUDA', 'BIDANG PELAYANAN KESEHATAN', 'y@dinkes.go.id'],
      ['A9', '199001012019032002', '140123457', 'MARIA LAKE', '', 'S.Kep., Ns.', 'PNS DAERAH PROVINSI', 'C', 'III/a', 'PERAWAT', 'UPTD', ''],
      ['B1', '199202022020121003', '', 'PAULUS', '', '', 'PPPK', '', 'IX', 'ANALIS', 'SEKRETARIAT', ''],
    ]);
    expect(problems.map((p) => p.column)).toEqual(['Hukuman Disiplin']);
    expect(employees.map((e) => [e.nip, e.name, e.status, normalizeStatus(e.status), e.pangkat, e.jabatan, e.unit])).toEqual([
      ['198609262015051001', 'dr. YOHANES BRIA, M.Kes', 'P', 'PNS', 'III/c', 'DOKTER AHLI MUDA', 'BIDANG PELAYANAN KESEHATAN'],
      ['199001012019032002', 'MARIA LAKE, S.Kep., Ns.', 'C', 'CPNS', 'III/a', 'PERAWAT', 'UPTD'],
      ['199202022020121003', 'PAULUS', 'PPPK', 'PPPK', 'IX', 'ANALIS', 'SEKRETARIAT'],
    ]);
  });

  it('SIASN capitals and titles: the titled name as people write it finds the person; the bare name of two is ambiguous', () => {
    const { employees } = parseRoster(SIASN, [
      ['1', '199001012019032002', '', 'MARIA LAKE', '', 'S.Kep., Ns.', '', 'P', '', '', 'UPTD', ''],
      ['2', '198805052015032001', '', 'MARIA LAKE', '', 'SKM', '', 'P', '', '', 'SEKRETARIAT', ''],
    ]);
    const resolver = createResolver(employees);
    expect(resolver.resolve('Maria Lake, S.Kep., Ns.')).toMatchObject({ kind: 'resolved', nip: '199001012019032002' });
    expect(resolver.resolve('maria lake, skm')).toMatchObject({ kind: 'resolved', nip: '198805052015032001' });
    expect(resolver.resolve('Maria Lake').kind).toBe('ambigu');
  });
});

describe('R2: status spellings', () => {
  it.each([
    ['P', 'PNS'], ['p', 'PNS'], ['C', 'CPNS'], ['PNS Daerah Provinsi', 'PNS'], ['PNS DAERAH KABUPATEN/KOTA', 'PNS'], ['PNS Pusat DPK', 'PNS'],
    ['CPNS Daerah', 'CPNS'], ['CPNS DAERAH PROVINSI', 'CPNS'], ['P3K', 'PPPK'], ['PPPK', 'PPPK'], ['P3K Paruh Waktu', 'PPPK Paruh Waktu'],
    ['Honor', 'Non ASN'], ['Honorer', 'Non ASN'], ['THL', 'Non ASN'], ['Non ASN', 'Non ASN'],
    ['X', null], ['PNS Daerah Lain', null], ['Pensiun', null],
  ])('%j → %j', (text, status) => {
    expect(normalizeStatus(text)).toBe(status);
  });
});

describe('R2: sanction spellings', () => {
  it.each([
    ['Tidak', false], ['Tdk', false], ['Tidak ada', false], ['-', false], ['--', false], ['0', false], ['N/A', false], ['n/a', false],
    ['Nihil', false], ['Bebas', false], ['Tidak sedang menjalani hukuman disiplin', false], ['TIDAK SEDANG MENJALANI HUKUMAN DISIPLIN.', false], ['', false],
    ['Teguran lisan', true], ['Hukuman disiplin sedang', true], ['Ya', true], ['?', true], ['1', true],
  ])('%j → active %s', (text, active) => {
    expect(hasActiveSanction(text)).toBe(active);
  });

  it('lists every distinct active text with its count (case and spaces do not make two texts)', () => {
    const rows = ['Teguran lisan', 'teguran  lisan', 'Tdk', 'Penurunan jabatan', 'N/A', 'Teguran Lisan'].map((h, i) => [`1986092620150510${10 + i}`, `P${i}`, 'PNS', h]);
    const { employees } = parseRoster(['NIP', 'Nama', 'Status', 'Hukuman Disiplin'], rows);
    expect(activeSanctions(employees).map((s) => [s.text, s.count, s.rows])).toEqual([['Teguran lisan', 3, [2, 3, 7]], ['Penurunan jabatan', 1, [5]]]);
  });
});

describe('R3: damaged NIPs in the roster', () => {
  const header = ['NIP', 'Nama', 'Status Kepegawaian', 'Hukuman Disiplin', 'NIP Atasan'];
  const rows: unknown[][] = [
    ['1,98609E+17', 'Yohanes Bria', 'PNS', '', ''],
    [1.98609e17, 'Maria Lake', 'PNS', '', ''],
    ['198609262015051000', 'Paulus Seran', 'PNS', '', ''],
    [198609262015051000, 'Agus Ndun', 'PNS', '', ''],
    ['197001011995031001', 'Kepala', 'PNS', '', '1.97001E+17'],
  ];

  it('reports each damaged cell by row with what happened and the fix; the NIP identifies nobody', () => {
    const parsed = parseRoster(header, rows);
    expect(parsed.employees.map((e) => [e.row, e.nip, e.nipDamage?.kind ?? null])).toEqual([
      [2, '', 'notasi ilmiah'], [3, '', 'angka'], [4, '', 'urutan 000'], [5, '', 'angka'], [6, '197001011995031001', null],
    ]);
    expect(parsed.problems.map((p) => [p.row, p.column])).toEqual([[2, 'NIP'], [3, 'NIP'], [4, 'NIP'], [5, 'NIP'], [6, 'NIP Atasan']]);
    for (const p of parsed.problems) expect(p.message).toMatch(/tidak dipakai untuk mengenali siapa pun\. Format kolom ".*" sebagai Teks biasa.*tempel lagi/);
    expect(parsed.damagedNips.map((d) => [d.row, d.field])).toEqual([[2, 'nip'], [3, 'nip'], [4, 'nip'], [5, 'nip'], [6, 'supervisorNip']]);
    // No "NIP ganda", no "NIP kosong": the damage is the one problem of those rows.
    expect(checkRoster(parsed.employees, TODAY).filter((p) => p.row <= 5)).toEqual([]);
  });

  it('no two people merge because their damaged NIPs look alike; votes by name still count for each', () => {
    const { employees } = parseRoster(header, rows.slice(0, 2));
    const resolver = createResolver(employees);
    const a = resolver.resolve('Yohanes Bria');
    const b = resolver.resolve('Maria Lake');
    expect(a).toMatchObject({ kind: 'resolved' });
    expect(b).toMatchObject({ kind: 'resolved' });
    expect(a.kind === 'resolved' && b.kind === 'resolved' && a.nip !== b.nip).toBe(true);
  });

  it.each<[string, string, string, string[]]>([
    ['the real NIP of a damaged row', '198609262015051001', 'NIP rusak di Pegawai', ['Yohanes Bria', 'Maria Lake', 'Paulus Seran']],
    ['a NIP in the answer damaged too', '1,98609E+17', 'NIP rusak di jawaban', ['Yohanes Bria', 'Maria Lake', 'Paulus Seran']],
    ['an answer NIP with sequence 000', 'NIP 19860926 201505 1 000', 'NIP rusak di jawaban', ['Yohanes Bria', 'Maria Lake', 'Paulus Seran']],
    ['a NIP no damaged row could be', '197705112005012002', 'tidak dikenal', []],
  ])('an entry naming %s is not silently "tidak dikenal": %s', (_label, entry, reason, suggestions) => {
    const { employees } = parseRoster(header, rows);
    const resolver = createResolver(employees);
    const b = toBallot({ id: 'r1', timestamp: 1, email: '', answers: { c: entry } }, { nomineeQuestions: ['c'], voterNipQuestion: null }, resolver, { perBallotLimit: 3 });
    expect(b.uncounted).toEqual([{ text: entry, reason }]);
    const t = tally([b], employees, undefined, resolver);
    expect(t.unresolved.map((u) => [u.status, u.suggestions])).toEqual([[reason, suggestions]]);
  });

  it('a name written beside a damaged NIP still finds the person', () => {
    const { employees } = parseRoster(header, rows);
    expect(createResolver(employees).resolve('Kepala, NIP 1,97001E+17')).toMatchObject({ kind: 'resolved', nip: '197001011995031001' });
  });

  it('a voter whose NIP answer is damaged is nobody\'s identity: two such voters stay two', () => {
    const resolver = createResolver([]);
    const mapping = { nomineeQuestions: ['c'], voterNipQuestion: 'nip' };
    const one = toBallot({ id: 'r1', timestamp: 1, email: '', answers: { nip: '1,98609E+17', c: 'A' } }, mapping, resolver, { perBallotLimit: 3 });
    const two = toBallot({ id: 'r2', timestamp: 2, email: '', answers: { nip: '1.98609E+17', c: 'B' } }, mapping, resolver, { perBallotLimit: 3 });
    expect([one.voterKey, two.voterKey]).toEqual(['nip-rusak:r1:1,98609E+17', 'nip-rusak:r2:1.98609E+17']);
    expect(one.voterLabel).toBe('NIP rusak "1,98609E+17" (respons r1)');
  });

  it('keeps a damaged person out of the shortlist with the reason, and the tally says so at its top', () => {
    const parsed = parseRoster(header, rows);
    expect(eligibility(parsed.employees[0])).toEqual({ eligible: false, reason: 'NIP rusak di lembar Pegawai (baris 2): perbaiki dulu, lalu Sinkronkan Ulang' });
    const notices = rosterNotices(parsed);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/^PERHATIAN: 4 NIP di lembar Pegawai rusak \(baris 2, 3, 4, 5\)/);
    const block = tallyBlock(tally([], parsed.employees), 5, [], new Date(0), notices);
    // The warning is the banner's second row, above the table.
    expect(block[BANNER.problemsRow - 1][0]).toBe(notices[0]);
    expect(tallyHeaderRow(block)).toBe(TALLY_HEADER_ROW - 1);
    expect(block[TALLY_HEADER_ROW - 1].slice(0, TALLY_HEADERS.length)).toEqual(TALLY_HEADERS);
  });

  it('a roster whose NIP column is entirely scientific notation: every row reported, nobody merged', () => {
    const all = ['Yohanes', 'Maria', 'Paulus'].map((n) => ['1,98609E+17', n, 'PNS', '']);
    const parsed = parseRoster(header.slice(0, 4), all);
    expect(parsed.damagedNips.map((d) => d.row)).toEqual([2, 3, 4]);
    const resolver = createResolver(parsed.employees);
    const keys = ['Yohanes', 'Maria', 'Paulus'].map((n) => resolver.resolve(n)).map((r) => (r.kind === 'resolved' ? r.nip : r.kind));
    expect(new Set(keys).size).toBe(3);
  });
});

describe('R4: missing columns', () => {
  it('a missing required column: one message naming it and listing the columns found', () => {
    const parsed = parseRoster(['NIP BARU', 'NAMA', 'GOLRU', 'SATKER'], [['198609262015051001', 'A', 'III/a', 'X']]);
    expect(parsed.missingRequired).toEqual(['status']);
    // The optional column missing too is said at once, so the team fixes both together.
    expect(parsed.problems.map((p) => p.column)).toEqual(['Status Kepegawaian', 'Hukuman Disiplin']);
    expect(parsed.problems.slice(0, 1)).toEqual([
      {
        row: 1,
        column: 'Status Kepegawaian',
        message: expect.stringMatching(/^Kolom "Status Kepegawaian" tidak ditemukan di baris judul \(kolom yang ada: NIP BARU, NAMA, GOLRU, SATKER\)\. .*"STATUS CPNS PNS"/),
      },
    ]);
  });

  it('a missing Hukuman Disiplin column: accepted with a warning; eligibility on status alone, and the tally says so', () => {
    const parsed = parseRoster(['NIP', 'Nama', 'Status'], [['198609262015051001', 'A', 'PNS']]);
    expect(parsed.missingSanction).toBe(true);
    expect(parsed.problems).toEqual([{ row: 1, column: 'Hukuman Disiplin', message: expect.stringMatching(/syarat calon hanya diperiksa dari Status Kepegawaian/) }]);
    expect(eligibility(parsed.employees[0]).eligible).toBe(true);
    expect(rosterNotices(parsed)).toEqual([expect.stringMatching(/^PERHATIAN: lembar Pegawai tidak punya kolom Hukuman Disiplin/)]);
  });
});

describe('Periksa Data Pegawai (the sheet and the dialog)', () => {
  it('lays out problems left, the columns read and the active sanctions right, at fixed rows', () => {
    const check = checkPastedRoster(['NIP', 'NIP LAMA', 'Nama', 'Status', 'Hukuman Disiplin', 'Catatan'], [
      ['198609262015051001', '140123456', 'A', 'P', 'Teguran lisan', ''],
      ['1,98609E+17', '140123457', 'B', 'C', 'Tdk', ''],
    ], TODAY);
    const { block, sideHeaderRows } = rosterCheckBlock(check);
    const side = (r: number) => block[r - 1].slice(ROSTER_CHECK_LAYOUT.sideColumn - 1);
    expect(sideHeaderRows).toEqual([1, 14]);
    expect(side(1)).toEqual(['Kolom Pegawai', 'Dibaca dari kolom']);
    expect(side(2)).toEqual(['NIP', '"NIP"']);
    expect(String(side(11)[1])).toMatch(/"NIP LAMA" tidak dibaca/);
    expect(String(side(12)[1])).toMatch(/"Catatan"/);
    expect(side(14)).toEqual(['Hukuman disiplin yang dianggap aktif', 'Jumlah pegawai']);
    expect(side(15)).toEqual(['Teguran lisan', 1]);
    expect(block[1].slice(0, 3)).toEqual([3, 'NIP', expect.stringMatching(/notasi ilmiah/)]);
    const message = rosterCheckMessage(check, 'Pemeriksaan Pegawai');
    expect(message).toMatch(/2 pegawai diperiksa\. Ditemukan 1 masalah/);
    expect(message).toMatch(/"Teguran lisan": 1 pegawai/);
    expect(message).toMatch(/Contoh baris 2 terbaca: NIP 19860926 201505 1 001 · Nama "A" · Status "P" = PNS/);
  });
});
