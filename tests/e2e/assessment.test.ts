/** Penilaian ▸ Siapkan Penilaian through the built bundle: from a typed shortlist to a scored sheet. */
import { describe, expect, it } from 'vitest';
import { lastDialog, preparedWorkspace, sheetValues } from './helpers';
import { assessment, byNip, col, eligible, grouped, rowOf, setSetting, typeScores, voteShortlist, choose } from './assessment-helpers';

const five = eligible.slice(0, 5);

function prepared() {
  const ws = preparedWorkspace();
  setSetting(ws, 'Penilai Tambahan', 'Theresia Ndun\nGabriel Bria');
  voteShortlist(ws, five);
  ws.run('menuSiapkanPenilaian');
  return ws;
}

describe('Siapkan Penilaian', () => {
  it('lists the shortlist with each candidate supervisor and one score block per assessor', () => {
    const ws = prepared();
    const a = assessment(ws);
    expect(a.rows.map((r) => r[2])).toEqual(five.map((e) => e.nama));
    expect(a.rows.map((r) => r[1])).toEqual(five.map((e) => grouped(e.nip)));
    expect(a.rows.map((r) => r[5])).toEqual(five.map((e) => byNip(e.nipAtasan).nama));
    expect(a.top.filter((t) => t !== '')).toEqual(['Penilai 1: Atasan Langsung', 'Penilai 2: Theresia Ndun', 'Penilai 3: Gabriel Bria']);
    expect(a.headers.filter((h) => h === 'Bertanggung jawab')).toHaveLength(3);
    expect(a.headers.slice(-6)).toEqual(['Total', 'Peringkat', 'Diusulkan', 'Ditetapkan', 'Peran', 'Keterangan']);
    expect(lastDialog(ws)?.content).toContain('5 calon, 3 penilai');
  });

  it('puts score validation 1–5, a Ditetapkan checkbox and a Peran dropdown of the five roles', () => {
    const ws = prepared();
    const snap = ws.sheets.snapshot(ws.spreadsheetId, 'Penilaian')!;
    const kinds = snap.validations.map((v) => v.criteria);
    expect(kinds).toContain('NUMBER_BETWEEN');
    expect(kinds).toContain('CHECKBOX');
    const roles = snap.validations.find((v) => v.criteria === 'VALUE_IN_LIST');
    expect(roles?.values[0]).toEqual(['Katalis', 'Penggerak Perubahan', 'Pemberi Solusi', 'Mediator', 'Penghubung']);
    expect(snap.frozenRows).toBe(2);
  });

  it('computes the total as the mean over complete assessors and ranks the candidates', () => {
    const ws = prepared();
    typeScores(ws, five[0], 0, [5, 5, 5, 5]);
    typeScores(ws, five[0], 1, [3, 3, 3, 3]);
    typeScores(ws, five[1], 0, [4, 4, 4, 4]);
    typeScores(ws, five[1], 1, [4, 4, 4]); // incomplete: not counted
    typeScores(ws, five[2], 0, [5, 5, 5, 4]);
    ws.run('menuSiapkanPenilaian');
    const total = col(ws, 'Total');
    const v = sheetValues(ws, 'Penilaian')!;
    expect(v[rowOf(ws, five[0]) - 1][total]).toBe(16);
    expect(v[rowOf(ws, five[1]) - 1][total]).toBe(16);
    expect(v[rowOf(ws, five[2]) - 1][total]).toBe(19);
    expect(v[rowOf(ws, five[2]) - 1][total + 1]).toBe(1);
    expect(v[rowOf(ws, five[0]) - 1][total + 1]).toBe(2);
    expect(v[rowOf(ws, five[1]) - 1][total + 1]).toBe(2);
    expect(String(v[rowOf(ws, five[1]) - 1][col(ws, 'Keterangan')])).toContain('Belum lengkap');
    expect(String(v[rowOf(ws, five[3]) - 1][col(ws, 'Keterangan')])).toContain('Belum dinilai');
  });

  it('re-running after the shortlist changed adds and retires rows but keeps every typed score and choice', () => {
    const ws = prepared();
    typeScores(ws, five[4], 0, [2, 3, 4, 5]);
    choose(ws, five[4], 'Mediator');
    const newcomer = eligible[7];
    voteShortlist(ws, [five[0], five[1], five[2], five[3], newcomer]);
    ws.run('menuSiapkanPenilaian');
    const a = assessment(ws);
    expect(a.rows.map((r) => r[2])).toEqual([...five.map((e) => e.nama), newcomer.nama]);
    const retired = a.rows[4];
    expect(retired.slice(col(ws, 'Inovatif dan proaktif'), col(ws, 'Inovatif dan proaktif') + 4)).toEqual([2, 3, 4, 5]);
    expect(retired[col(ws, 'Ditetapkan')]).toBe(true);
    expect(retired[col(ws, 'Peran')]).toBe('Mediator');
    expect(String(retired[col(ws, 'Keterangan')])).toContain('Tidak lagi dalam daftar pendek');
    expect(lastDialog(ws)?.content).toContain('1 calon baru');
  });

  it('names a typed value that is not a score 1–5 with its row and column', () => {
    const ws = prepared();
    typeScores(ws, five[0], 0, [5, 7, 5, 5]);
    ws.run('menuSiapkanPenilaian');
    const msg = lastDialog(ws)?.content ?? '';
    expect(msg).toContain(`baris ${rowOf(ws, five[0])}`);
    expect(msg).toContain('"7" bukan nilai yang sah');
  });

  it('refuses with a clear message when there is no shortlist', () => {
    const ws = preparedWorkspace();
    ws.run('menuSiapkanPenilaian');
    expect(lastDialog(ws)?.content).toContain('Belum ada daftar pendek');
    expect(sheetValues(ws, 'Penilaian')?.length ?? 0).toBe(0);
  });
});

describe('cost', () => {
  it('Siapkan Penilaian costs the same number of service calls for 3 or 12 candidates', () => {
    const cost = (n: number) => {
      const ws = preparedWorkspace();
      voteShortlist(ws, eligible.slice(0, n));
      ws.run('menuSiapkanPenilaian');
      ws.kernel.resetCalls();
      ws.run('menuSiapkanPenilaian');
      return ws.kernel.totalCalls();
    };
    expect(cost(12)).toBe(cost(3));
  });
});
