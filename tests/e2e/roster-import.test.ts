/**
 * Real rosters through the built bundle (R1–R4): what an
 * office pastes into `Pegawai` — a BKN SIASN export, a roster whose NIPs a spreadsheet turned into
 * numbers, one without a required or an optional column — read by Periksa Data Pegawai and by a
 * nomination run. The pasted sheet stays as pasted.
 */
import { describe, expect, it } from 'vitest';
import { asText } from '../../src/core/cells';
import { TALLY_HEADER_ROW } from '../../src/core/schema';
import { demoRoster, rosterRows, type DemoEmployee } from '../../src/offline/demo/roster';
import { siasnRows } from '../../src/offline/demo/siasn';
import type { Workspace } from '../../src/offline/workspace/index';
import { lastDialog, loadedWorkspace, preparedWorkspace, sheetValues } from './helpers';
import { ballot, bare, connected, errorRows, ledgerRows, pns, tallyNotices, tallyRows, votesOf } from './nominations-helpers';

/** A fresh spreadsheet after Siapkan Lembar Kerja, with `rows` pasted into Pegawai from A1. */
function withRoster(rows: unknown[][]): Workspace {
  const ws = loadedWorkspace();
  ws.open();
  ws.run('menuSiapkanLembarKerja');
  ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 1, 1, rows as string[][]);
  ws.ui.clear();
  return ws;
}

/** Pasted as text (the column formatted as Teks biasa first). */
const asPastedText = (rows: string[][]) => rows.map((r) => r.map(asText));

function rosterCheck(ws: Workspace): { dialog: string; sheet: unknown[][] } {
  ws.run('menuPeriksaDataPegawai');
  return { dialog: lastDialog(ws)?.content ?? '', sheet: sheetValues(ws, 'Pemeriksaan Pegawai') ?? [] };
}

const problemRows = (sheet: unknown[][]): [unknown, string, string][] =>
  sheet.slice(1).filter((r) => r[0] !== '' || r[2] !== '').map((r) => [r[0], String(r[1]), String(r[2])]);

describe('a BKN SIASN roster pasted as it is (R1, R2)', () => {
  const siasn = siasnRows(demoRoster());
  const [a, b, c, d] = pns;
  const cpns = demoRoster().find((e) => e.status === 'CPNS' && e.nip.length === 18) as DemoEmployee;

  it('Periksa Data Pegawai says which header fed which field, what it did not read, and that Hukuman Disiplin is missing', () => {
    const ws = withRoster(asPastedText(siasn));
    const { dialog, sheet } = rosterCheck(ws);
    expect(dialog).toContain(`${siasn.length - 1} pegawai diperiksa`);
    expect(dialog).toContain('NIP ← "NIP BARU"');
    expect(dialog).toContain('Nama ← "GELAR DEPAN" + "NAMA" + "GELAR BELAKANG"');
    expect(dialog).toContain('Status Kepegawaian ← "STATUS CPNS PNS", lalu "JENIS PEGAWAI NAMA"');
    expect(dialog).toContain('Pangkat/Golongan ← "GOL AKHIR NAMA"');
    expect(dialog).toContain('Unit Kerja ← "UNOR NAMA"');
    expect(dialog).toMatch(/"NIP LAMA" tidak dibaca: NIP lama \(9 angka\) bukan NIP/);
    expect(dialog).toMatch(/Status "P" = PNS/);
    // The only problem: no Hukuman Disiplin column — eligibility on status alone, and it says so.
    expect(problemRows(sheet)).toEqual([[1, 'Hukuman Disiplin', expect.stringMatching(/tidak ada: hukuman disiplin pegawai tidak diketahui.*hanya diperiksa dari Status Kepegawaian/)]]);
    // The side table of the sheet: field ← header.
    const side = sheet.map((r) => [String(r[4] ?? ''), String(r[5] ?? '')]);
    expect(side[0]).toEqual(['Kolom Pegawai', 'Dibaca dari kolom']);
    expect(side).toContainEqual(['NIP', '"NIP BARU"']);
    expect(side).toContainEqual(['Hukuman Disiplin', '(tidak ada kolom)']);
    expect(side[13]).toEqual(['Hukuman disiplin yang dianggap aktif', 'Jumlah pegawai']);
    // The team's pasted sheet stays as pasted.
    expect(sheetValues(ws, 'Pegawai')).toEqual(siasn);
  });

  it('a nomination run counts SIASN people: titled names, P eligible and C not, units shown, a shortlist, the warning on top', () => {
    const ws = withRoster(asPastedText(siasn));
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, bare(b), c.nama, d.nip));
    ws.forms.submit(formId, ballot(b, bare(c).toUpperCase(), cpns.nama));
    ws.forms.submit(formId, ballot(c, b.nama));
    expect(errorRows(ws)).toEqual([]);
    const rows = tallyRows(ws);
    const titled = (e: DemoEmployee) => {
      const [front, ...rest] = e.nama.match(/^((?:dr|drg|Hj?)\.\s+)?([^,]*)(,.*)?$/)?.slice(1) ?? [];
      return `${front ?? ''}${(rest[0] ?? '').toUpperCase()}${rest[1] ?? ''}`;
    };
    expect(rows.find((r) => r.nip === b.nip.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'))).toMatchObject({ name: titled(b), votes: 2, eligible: 'Ya', shortlist: 'Ya' });
    expect(rows.find((r) => r.name === titled(cpns))).toMatchObject({ votes: 1, eligible: 'Tidak', reason: 'Status CPNS (bukan PNS)' });
    const values = sheetValues(ws, 'Rekap Penjaringan') ?? [];
    const unitOf = (name: string) => String(values.find((r) => r[1] === name)?.[3] ?? '');
    expect(unitOf(titled(b))).toBe(b.unit.toUpperCase());
    expect(rows.filter((r) => r.shortlist === 'Ya').length).toBeGreaterThan(0);
    expect(tallyNotices(ws)).toEqual([expect.stringMatching(/^PERHATIAN: lembar Pegawai tidak punya kolom Hukuman Disiplin.*hanya diperiksa dari Status Kepegawaian/)]);
  });

  it('names in capitals with their titles apart ("MARIA LAKE" + "S.Kep., Ns.") are found by the titled name as people write it', () => {
    const ws = withRoster(asPastedText(siasn));
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, 'Maria Lake, S.Kep., Ns.', 'maria lake, skm'));
    const rows = tallyRows(ws);
    expect(rows.map((r) => [r.name, r.votes]).sort()).toEqual([['MARIA LAKE, S.Kep., Ns.', 1], ['MARIA LAKE, SKM', 1]]);
    // The bare name alone is two people: ambiguous, never guessed.
    ws.forms.submit(formId, ballot(b, 'Maria Lake'));
    expect(ledgerRows(ws).find((l) => l.entries === 'Maria Lake')?.notes).toBe('Maria Lake: ambigu');
  });
});

describe('NIPs a spreadsheet turned into numbers (R3)', () => {
  // Two people born in the same month: their NIPs, turned into numbers, look alike.
  const roster = demoRoster().map((e) => ({ ...e }));
  const people = roster.filter((e) => e.status === 'PNS' && e.nip.length === 18 && (e.hukuman === '' || e.hukuman === '-' || e.hukuman === 'Tidak ada') && !/^Maria Lake/.test(e.nama));
  const [x, y, z, voter, other] = people;
  const real = { x: '198609262015051001', y: '198609152010012003', z: '197705112005012002' };
  x.nip = real.x;
  y.nip = real.y;
  z.nip = real.z;
  const pasted = rosterRows(roster).map((r) => [...r] as unknown[]);
  const rowOf = (e: DemoEmployee) => roster.indexOf(e) + 2;
  pasted[rowOf(x) - 1][0] = '1,98609E+17'; // Excel, Indonesian locale: text in scientific notation
  pasted[rowOf(y) - 1][0] = 1.98609e17; // Sheets kept it as a number
  pasted[rowOf(z) - 1][0] = '197705112005012000'; // 15 digits kept, the sequence became 000

  it('Periksa Data Pegawai names each damaged row, what happened and the fix; nobody is merged', () => {
    const ws = withRoster(pasted);
    const { sheet } = rosterCheck(ws);
    const nipProblems = problemRows(sheet).filter((p) => p[1] === 'NIP' && /tidak dipakai untuk mengenali/.test(p[2]));
    expect(nipProblems.map((p) => p[0])).toEqual([rowOf(x), rowOf(y), rowOf(z)].sort((p, q) => p - q));
    const of = (e: DemoEmployee): string => nipProblems.find((p) => p[0] === rowOf(e))?.[2] ?? '';
    expect(of(x)).toMatch(/"1,98609E\+17" \(notasi ilmiah\).*tidak dipakai untuk mengenali siapa pun.*Format kolom "NIP" sebagai Teks biasa.*tempel lagi/);
    expect(of(y)).toMatch(/tersimpan sebagai angka \(198609000000000000\).*15 angka/);
    expect(of(z)).toMatch(/19770511 200501 2 000 berakhiran 000/);
    expect(problemRows(sheet).some((p) => /NIP ganda/.test(p[2]))).toBe(false);
  });

  it('the run warns at the top, shows no wrong NIP, keeps the two people apart, and says why the real NIP is not counted', () => {
    const ws = withRoster(pasted);
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(voter, x.nama, y.nama));
    ws.forms.submit(formId, ballot(other, bare(x)));
    ws.forms.submit(formId, ballot(people[5], real.x)); // naming x by the real NIP
    const notices = tallyNotices(ws);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(new RegExp(`^PERHATIAN: 3 NIP di lembar Pegawai rusak \\(baris ${[rowOf(x), rowOf(y), rowOf(z)].sort((p, q) => p - q).join(', ')}\\)`));
    expect(notices[0]).toMatch(/Format kolom NIP sebagai Teks biasa.*Sinkronkan Ulang Penjaringan/);
    const rows = tallyRows(ws);
    expect(rows.find((r) => r.name === x.nama)).toMatchObject({ nip: '', votes: 2, eligible: 'Tidak', reason: expect.stringMatching(/NIP rusak di lembar Pegawai \(baris \d+\)/) });
    expect(rows.find((r) => r.name === y.nama)).toMatchObject({ nip: '', votes: 1 });
    expect(rows.some((r) => /^1986\s?09/.test(r.nip) || r.nip.includes('E+'))).toBe(false);
    // Not silently "tidak dikenal": the ballot log and the list of unresolved texts say why.
    expect(ledgerRows(ws).find((l) => l.entries === real.x)?.notes).toBe(`${real.x}: NIP rusak di Pegawai`);
    const values = sheetValues(ws, 'Rekap Penjaringan') ?? [];
    const unresolved = values.find((r) => r[9] === real.x);
    expect(unresolved?.[11]).toBe('NIP rusak di Pegawai');
    expect(String(unresolved?.[12])).toContain(x.nama);
  });

  it('once the column is pasted again as text, a re-sync counts the real NIP and the warning goes', () => {
    const ws = withRoster(pasted);
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(voter, x.nama));
    ws.forms.submit(formId, ballot(people[5], real.x));
    expect(tallyNotices(ws)).toHaveLength(1);
    const look = () => {
      const snap = ws.sheets.snapshot(ws.spreadsheetId, 'Rekap Penjaringan');
      return [1, 2, 3].map((r) => snap?.backgrounds[`A${r}`] ?? '');
    };
    // The warning stands out in the banner's second row; the table's header keeps its row.
    expect(look()).toEqual(['#e8f0fe', '#fce8e6', '#1f4e79']);
    ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 1, 1, asPastedText(rosterRows(roster)));
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(tallyNotices(ws)).toEqual([]);
    expect((sheetValues(ws, 'Rekap Penjaringan') ?? [])[TALLY_HEADER_ROW - 1][0]).toBe('Peringkat');
    expect(look()).toEqual(['#e8f0fe', '#ffffff', '#1f4e79']);
    expect(tallyRows(ws).find((r) => r.name === x.nama)).toMatchObject({ nip: '19860926 201505 1 001', votes: 2, eligible: 'Ya' });
  });

  it('a roster whose NIP column is entirely scientific notation identifies nobody by NIP and merges nobody', () => {
    const all = rosterRows(roster).map((r, i) => (i === 0 ? r : [r[0] === '' ? '' : '1.98609E+17', ...r.slice(1)]));
    const ws = withRoster(all);
    const { dialog } = rosterCheck(ws);
    expect(dialog).toMatch(/notasi ilmiah/);
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(voter, x.nama, y.nama, z.nama));
    ws.forms.submit(formId, ballot(other, x.nama));
    const rows = tallyRows(ws);
    expect(rows.map((r) => [r.name, r.votes]).sort()).toEqual([[x.nama, 2], [y.nama, 1], [z.nama, 1]].sort());
    expect(tallyNotices(ws)[0]).toMatch(/^PERHATIAN: \d+ NIP di lembar Pegawai rusak/);
  });
});

describe('a voter whose NIP answer is damaged (R3)', () => {
  it('is shown by the NIP as written, marked damaged, by the submission and by a re-sync alike; two such voters stay two', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    const [a, b] = pns;
    ws.forms.submit(formId, ballot('1,98609E+17', a.nama));
    ws.forms.submit(formId, ballot('1.98609E+17', b.nama));
    const shown = () => ledgerRows(ws).map((r) => r.voter);
    const ids = ledgerRows(ws).map((r) => r.id);
    const expected = [`NIP rusak "1,98609E+17" (respons ${ids[0]})`, `NIP rusak "1.98609E+17" (respons ${ids[1]})`];
    expect(shown()).toEqual(expected);
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(shown()).toEqual(expected);
    expect(shown().some((v) => v.startsWith('Tanpa identitas'))).toBe(false);
    expect([votesOf(ws, a), votesOf(ws, b)]).toEqual([1, 1]);
  });
});

describe('status and sanction spellings (R2)', () => {
  const roster = demoRoster().map((e) => ({ ...e }));
  const people = roster.filter((e) => e.status === 'PNS' && e.nip.length === 18 && !/^Maria Lake/.test(e.nama)).slice(0, 8);
  const none = ['Tdk', 'N/A', '0', 'Bebas', 'Tidak sedang menjalani hukuman disiplin'];
  people.forEach((e, i) => (e.hukuman = none[i] ?? 'Teguran lisan'));
  const [voter] = roster.filter((e) => e.status === 'PNS' && !people.includes(e) && e.nip.length === 18);

  it('"Tdk", "N/A", "0", "Bebas", "Tidak sedang menjalani hukuman disiplin" mean none; every other text is listed with its count', () => {
    const ws = withRoster(asPastedText(rosterRows(roster)));
    const { dialog, sheet } = rosterCheck(ws);
    expect(dialog).toMatch(/"Teguran lisan": 3 pegawai/);
    for (const text of none) expect(dialog).not.toContain(`"${text}":`);
    const sanctions = sheet.slice(14).map((r) => [String(r[4]), r[5]]).filter((r) => r[0] !== '');
    expect(sanctions).toContainEqual(['Teguran lisan', 3]);
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(voter, people[0].nama, people[1].nama, people[2].nama));
    ws.forms.submit(formId, ballot(people[7], people[3].nama, people[4].nama, people[5].nama));
    const rows = tallyRows(ws);
    for (const e of people.slice(0, 5)) expect(rows.find((r) => r.name === e.nama)?.eligible).toBe('Ya');
    expect(rows.find((r) => r.name === people[5].nama)).toMatchObject({ eligible: 'Tidak', reason: 'Hukuman disiplin ringan' });
  });
});

describe('columns missing (R4)', () => {
  const roster = demoRoster();
  const [a, b] = pns;

  it('a missing required column is named, with the columns found; the run refuses and keeps the ballot until it is fixed', () => {
    // One column fewer than Siapkan Lembar Kerja wrote: the pasted block covers its header row.
    const noStatus = rosterRows(roster).map((r) => [...r.slice(0, 5), ...r.slice(6), '']);
    const ws = withRoster(asPastedText(noStatus));
    const { sheet } = rosterCheck(ws);
    expect(problemRows(sheet)[0]).toEqual([1, 'Status Kepegawaian', expect.stringMatching(/^Kolom "Status Kepegawaian" tidak ditemukan di baris judul \(kolom yang ada: NIP, Nama, Jabatan, Unit Kerja, Pangkat\/Golongan, Hukuman Disiplin, NIP Atasan, Email\)/)]);
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, b.nama));
    expect(tallyRows(ws)).toEqual([]);
    expect(String(errorRows(ws).at(-1)?.[2])).toMatch(/Lembar "Pegawai" tidak bisa dipakai: kolom "Status Kepegawaian" tidak ditemukan/);
    ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 1, 1, asPastedText(rosterRows(roster)));
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(tallyRows(ws).find((r) => r.name === b.nama)?.votes).toBe(1);
  });

  it('without Hukuman Disiplin the roster is read, the check and the tally warn, eligibility is on status alone', () => {
    const noSanction = rosterRows(roster).map((r) => [...r.slice(0, 6), ...r.slice(7), '']);
    const ws = withRoster(asPastedText(noSanction));
    const { sheet } = rosterCheck(ws);
    expect(problemRows(sheet)[0]).toEqual([1, 'Hukuman Disiplin', expect.stringMatching(/syarat calon hanya diperiksa dari Status Kepegawaian/)]);
    const sanctioned = roster.find((e) => e.status === 'PNS' && e.hukuman === 'Teguran tertulis') as DemoEmployee;
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(a, sanctioned.nama));
    expect(tallyRows(ws).find((r) => r.name === sanctioned.nama)?.eligible).toBe('Ya');
    expect(tallyNotices(ws)).toEqual([expect.stringMatching(/tidak punya kolom Hukuman Disiplin/)]);
  });
});
