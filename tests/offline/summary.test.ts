/**
 * summary.json pinned against hand-checked expectations on small CSVs, through the real CLI
 * (built bundle, in-memory Workspace). Bands (S3, 5 questions): 5–6 BAIK, 7–9 BELUM BAIK,
 * 10–13 KURANG BAIK, 14–20 TIDAK BAIK; other counts are scaled ×5/n (S4).
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/offline/cli/main';

export const ROSTER = [
  'NIP,Nama,Jabatan,Unit Kerja,Pangkat/Golongan,Status Kepegawaian,Hukuman Disiplin,NIP Atasan',
  '197001011995031001,"dr. Kepala Dinas, M.Kes.",Kepala Dinas,Sekretariat,IV/c,PNS,,',
  '198609262015052001,"dr. Maria Lake, M.Kes.",Analis,Sekretariat,III/a,PNS,,197001011995031001',
].join('\n');

export function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'offline-summary-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export async function summaryOf(files: Record<string, string>, flags: Record<string, string>): Promise<{ code: number; err: string[]; summary: Record<string, unknown> }> {
  const dir = folder(files);
  const argv = Object.entries(flags).flatMap(([flag, file]) => [`--${flag}`, join(dir, file)]);
  const err: string[] = [];
  const code = await runCli([...argv, '--out', join(dir, 'hasil')], { stdout: () => {}, stderr: (l) => err.push(l), now: Date.UTC(2026, 11, 1) });
  const summary = code === 0 ? JSON.parse(readFileSync(join(dir, 'hasil', 'summary.json'), 'utf8')) : {};
  return { code, err, summary };
}

const opt = (n: number) => ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'][n - 1];

describe('summary.json: survey', () => {
  it('Indonesian-locale export with e-mails: CSV order, row numbers as ids, latest answer per respondent counted', async () => {
    const csv = [
      'Stempel waktu,Alamat email,Unit Kerja,S1,S2,S3,S4,S5',
      `20/11/2026 9:15:02,a@x.id,Sekretariat,${[1, 1, 1, 1, 2].map(opt).join(',')}`,
      `21/11/2026 10:00:00,b@x.id,Bidang P2P,${[2, 2, 2, 2, 2].map(opt).join(',')}`,
      `22/11/2026 8:00:00,A@x.id ,Sekretariat,${[3, 3, 3, 3, 3].map(opt).join(',')}`,
      `23/11/2026 8:00:00,c@x.id,Sekretariat,${opt(1)},${opt(2)},,${opt(1)},${opt(1)}`,
    ].join('\n');
    const r = await summaryOf({ 'p.csv': ROSTER, 's.csv': csv }, { roster: 'p.csv', survey: 's.csv' });
    expect(r.err).toEqual([]);
    expect(r.summary).toEqual({
      survey: {
        responses: [
          { id: 1, timestamp: '2026-11-20T09:15:02+08:00', unit: 'Sekretariat', total: 6, scaled: 6, band: 'BAIK' },
          { id: 2, timestamp: '2026-11-21T10:00:00+08:00', unit: 'Bidang P2P', total: 10, scaled: 10, band: 'KURANG BAIK' },
          { id: 3, timestamp: '2026-11-22T08:00:00+08:00', unit: 'Sekretariat', total: 15, scaled: 15, band: 'TIDAK BAIK' },
          { id: 4, timestamp: '2026-11-23T08:00:00+08:00', unit: 'Sekretariat', total: null, scaled: null, band: 'TIDAK LENGKAP' },
        ],
        // a@x.id answered twice in the semester: only the later (TIDAK BAIK) counts (S5).
        bandCounts: { BAIK: 0, 'BELUM BAIK': 0, 'KURANG BAIK': 1, 'TIDAK BAIK': 1, 'TIDAK LENGKAP': 1 },
      },
    });
  });

  it('English-locale export with 4 questions: totals scaled to 5 questions; no nominations section', async () => {
    const csv = [
      'Timestamp,Unit Kerja,Q1,Q2,Q3,Q4',
      `2026/11/20 9:15:02 AM GMT+8,Sekretariat,${[1, 1, 1, 1].map(opt).join(',')}`,
      `2026/11/20 1:00:00 PM GMT+8,Sekretariat,${[2, 3, 3, 3].map(opt).join(',')}`,
      `2026-11-21T08:00:00+08:00,Bidang P2P,${[2, 2, 2, 2].map(opt).join(',')}`,
    ].join('\n');
    const r = await summaryOf({ 'p.csv': ROSTER, 's.csv': csv }, { roster: 'p.csv', survey: 's.csv' });
    expect(r.summary).toEqual({
      survey: {
        responses: [
          { id: 1, timestamp: '2026-11-20T09:15:02+08:00', unit: 'Sekretariat', total: 4, scaled: 5, band: 'BAIK' },
          { id: 2, timestamp: '2026-11-20T13:00:00+08:00', unit: 'Sekretariat', total: 11, scaled: 13.75, band: 'TIDAK BAIK' },
          { id: 3, timestamp: '2026-11-21T08:00:00+08:00', unit: 'Bidang P2P', total: 8, scaled: 10, band: 'KURANG BAIK' },
        ],
        bandCounts: { BAIK: 1, 'BELUM BAIK': 0, 'KURANG BAIK': 1, 'TIDAK BAIK': 1, 'TIDAK LENGKAP': 0 },
      },
    });
  });
});

describe('summary.json: nominations', () => {
  const roster = [
    'NIP,Nama,Jabatan,Unit Kerja,Pangkat/Golongan,Status Kepegawaian,Hukuman Disiplin,NIP Atasan',
    '197001011995031001,"dr. Kepala Dinas, M.Kes.",Kepala Dinas,Sekretariat,IV/c,PNS,,',
    '198609262015052001,"dr. Maria Lake, M.Kes.",Analis,Sekretariat,III/a,PNS,,197001011995031001',
    '199001012015031002,"Yohanes Bria, SKM",Epidemiolog,Bidang P2P,III/b,PNS,,197001011995031001',
    '199203032019032003,"Ns. Theresia Seran, S.Kep.",Perawat,Bidang Pelayanan Kesehatan,III/a,CPNS,,197001011995031001',
    '198805052014031004,"Petrus Ndun, S.E.",Bendahara,Sekretariat,III/c,PNS,Teguran tertulis,197001011995031001',
  ].join('\n');

  it('Indonesian-locale export with e-mails and a correction: hand-checked tally', async () => {
    const ballots = [
      'Stempel waktu,Alamat email,Calon agen perubahan 1,Calon agen perubahan 2,Calon agen perubahan 3',
      '20/11/2026 9:15:02,a@x.id,Maria Lake,Yohanes Bria,', // superseded by a@x.id's later ballot
      '20/11/2026 9:20:00,b@x.id,dr. Maria Lake,bu theresia,', // "bu theresia" → Theresia by Koreksi Nama
      '20/11/2026 9:30:00,c@x.id,Petrus Ndun,Maria Lake,Yohanes', // bare "Yohanes": not recognised
      '21/11/2026 8:00:00,A@x.id,Yohanes Bria,,',
      '21/11/2026 8:05:00,d@x.id,,,', // empty → invalid
      '21/11/2026 8:10:00,e@x.id,Maria Lake,Yohanes Bria,Petrus Ndun',
    ].join('\n');
    const r = await summaryOf(
      { 'p.csv': roster, 'n.csv': ballots, 'k.csv': 'Teks,NIP\nbu theresia,19920303 201903 2 003\n' },
      { roster: 'p.csv', nominations: 'n.csv', corrections: 'k.csv' },
    );
    expect(r.err).toEqual([]);
    expect(r.summary).toEqual({
      nominations: {
        ballots: { total: 6, counted: 4, invalid: 1, superseded: 1 },
        // Maria: b, c, e. Yohanes: a (later), e. Petrus: c, e (sanction). Theresia: b (CPNS).
        ranking: [
          { rank: 1, nip: '198609262015052001', name: 'dr. Maria Lake, M.Kes.', votes: 3, eligible: true, reason: null },
          { rank: null, nip: '198805052014031004', name: 'Petrus Ndun, S.E.', votes: 2, eligible: false, reason: 'Hukuman disiplin ringan' },
          { rank: 2, nip: '199001012015031002', name: 'Yohanes Bria, SKM', votes: 2, eligible: true, reason: null },
          { rank: null, nip: '199203032019032003', name: 'Ns. Theresia Seran, S.Kep.', votes: 1, eligible: false, reason: 'Status CPNS (bukan PNS)' },
        ],
        shortlist: ['198609262015052001', '199001012015031002'],
        tieAtCutoff: false,
        unresolved: [{ text: 'Yohanes', status: 'tidak dikenal', suggestions: ['Yohanes Bria, SKM'], count: 1 }],
        warnings: [],
      },
    });
  });

  it('English-locale export, voters by NIP: self-nomination and a 4-name ballot not counted, a tie at the cut-off takes everyone tied', async () => {
    const people = ['Andi Lake', 'Budi Seran', 'Citra Ndun', 'Dewi Bria', 'Eko Manafe', 'Fani Tukan'];
    const nip = (i: number) => `1980010${i + 1}2005011${String(i + 1).padStart(3, '0')}`;
    const rosterCsv = ['NIP,Nama,Status Kepegawaian', ...people.map((p, i) => `${nip(i)},"${p}, S.E.",PNS`)].join('\n');
    const ballots = [
      'Timestamp,NIP Anda,Usulan calon 1,Usulan calon 2,Usulan calon 3,Usulan calon 4',
      `2026/11/20 9:00:00 AM GMT+8,${nip(0)},Budi Seran,Andi Lake,,`, // Andi names himself: not counted
      `2026/11/20 9:05:00 AM GMT+8,${nip(1)},Andi Lake,Citra Ndun,,`,
      `2026/11/20 9:10:00 AM GMT+8,${nip(2)},Andi Lake,Dewi Bria,Eko Manafe,`,
      `2026/11/20 9:15:00 AM GMT+8,${nip(3)},Fani Tukan,Siapa Saja,,`,
      `2026/11/20 9:20:00 AM GMT+8,${nip(4)},Andi Lake,Budi Seran,Citra Ndun,Dewi Bria`, // 4 names → invalid
    ].join('\n');
    const r = await summaryOf({ 'p.csv': rosterCsv, 'n.csv': ballots }, { roster: 'p.csv', nominations: 'n.csv' });
    expect(r.err).toEqual([]);
    const n = r.summary.nominations as Record<string, unknown>;
    expect(n.ballots).toEqual({ total: 5, counted: 4, invalid: 1, superseded: 0 });
    expect(n.ranking).toEqual([
      { rank: 1, nip: nip(0), name: 'Andi Lake, S.E.', votes: 2, eligible: true, reason: null },
      ...people.slice(1).map((p, i) => ({ rank: 2, nip: nip(i + 1), name: `${p}, S.E.`, votes: 1, eligible: true, reason: null })),
    ]);
    // Five 1-vote people share 2nd place: the 5th eligible has 1 vote, so all six are listed.
    expect(n.shortlist).toEqual(people.map((_, i) => nip(i)));
    expect(n.tieAtCutoff).toBe(true);
    expect(n.unresolved).toEqual([expect.objectContaining({ text: 'Siapa Saja', status: 'tidak dikenal', count: 1 })]);
  });
});
