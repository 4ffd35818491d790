/**
 * The sample CSVs a workspace writes (export-csv) read back by offline mode give the same results:
 * what `npm run offline` on the demo's files relies on.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField, formsTimestamp, toCsv, writeSampleCsvs } from '../../src/offline/demo/sample-csv';
import { readCsvTable } from '../../src/offline/cli/csv';
import { parseDateInput } from '../../src/core/dates';
import { runCli } from '../../src/offline/cli/main';
import { surveySummary } from '../../src/offline/output/summary';
import { preparedWorkspace } from '../e2e/helpers';
import { results } from '../e2e/survey-helpers';
import { demoRun } from '../demo-run';

describe('CSV writing', () => {
  it.each([
    ['plain', 'plain'],
    ['dr. A, M.Kes.', '"dr. A, M.Kes."'],
    ['say "ya"', '"say ""ya"""'],
    ['a\nb', '"a\nb"'],
    [' edge', '" edge"'],
  ])('%j → %j', (v, out) => expect(csvField(v)).toBe(out));

  it('reads back what it writes', () => {
    const rows = [['Teks', 'NIP'], ['dr. A, "M"\nx', '1986']];
    expect(readCsvTable(toCsv(rows))).toMatchObject({ headers: rows[0], rows: [rows[1]] });
  });

  it.each([Date.UTC(2026, 10, 20, 1, 15, 2), Date.UTC(2026, 10, 20, 4, 0, 0), Date.UTC(2026, 10, 19, 16, 30, 0)])('timestamps like Google Forms, read back exactly (%i)', (ms) => {
    expect(formsTimestamp(ms)).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2}:\d{2} [AP]M GMT\+8$/);
    expect(parseDateInput(formsTimestamp(ms))).toBe(ms);
  });
  it('writes noon and midnight in 12-hour form', () => {
    expect(formsTimestamp(Date.UTC(2026, 10, 20, 4, 0, 0))).toBe('2026/11/20 12:00:00 PM GMT+8');
    expect(formsTimestamp(Date.UTC(2026, 10, 19, 16, 30, 0))).toBe('2026/11/20 12:30:00 AM GMT+8');
  });
});

describe('a workspace survey → sample CSVs → offline mode', () => {
  it.each([
    ['gives the same bands per response', ['1 - Selalu', '2 - Sering', '3 - Jarang', '4 - Tidak pernah'], null],
    // S1a: a CSV has no option list, so an unnumbered option ("Sering", scored by its position in
    // the Form once the team listed the question) is an unparseable answer offline: that response is TIDAK LENGKAP, never guessed.
    ['lists a response with an unnumbered option as TIDAK LENGKAP', ['1 - Selalu', 'Sering', '3 - Jarang', '4 - Tidak pernah'], [[null, 'TIDAK LENGKAP'], [null, 'TIDAK LENGKAP'], [19, 'TIDAK BAIK'], [null, 'TIDAK LENGKAP']]],
  ] as const)('%s', async (_name, choiceList, offlineBands) => {
    const ws = preparedWorkspace();
    const choices = [...choiceList];
    const formId = ws.forms.createForm({
      title: 'Survei',
      collectEmail: true,
      items: [
        { kind: 'LIST', title: 'Unit Kerja', choices: ['Sekretariat', 'Bidang P2P'] },
        ...[1, 2, 3, 4, 5].map((n) => ({ kind: 'MULTIPLE_CHOICE' as const, title: `Pertanyaan ${n}`, choices })),
        { kind: 'PARAGRAPH_TEXT', title: 'Saran' },
      ],
    });
    const answers = [
      [0, 0, 0, 0, 1],
      [1, 1, 1, 1, 1],
      [3, 3, 2, 3, 3],
      [1, 2, 0, 0, 1],
    ];
    ws.forms.importResponses(
      formId,
      answers.map((a, i) => ({
        email: `r${i}@x.id`,
        at: Date.UTC(2026, 10, 20 + i, 1),
        answers: { 'Unit Kerja': i % 2 ? 'Bidang P2P' : 'Sekretariat', 'Saran': i === 3 ? '=HYPERLINK("x")' : '', ...Object.fromEntries(a.map((c, q) => [`Pertanyaan ${q + 1}`, choices[c]])) },
      })),
    );
    const url = ws.forms.view(formId).editUrl;
    const rows = ws.sheets.values(ws.spreadsheetId, 'Pengaturan')!;
    ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', rows.findIndex((r) => r[0] === 'URL Formulir Survei') + 1, 2, [[url]]);
    ws.run('menuHubungkanFormulirSurvei');
    if (offlineBands) {
      // S1: partly numbered options wait for the team; it lists the questions, so they are scored
      // by position in the workspace.
      expect(results(ws).map((r) => r.Kategori)).toEqual(Array(4).fill('PERLU KONFIRMASI PERTANYAAN'));
      const at = ws.sheets.values(ws.spreadsheetId, 'Pengaturan')!.findIndex((r) => r[0] === 'Pertanyaan Survei Dinilai') + 1;
      ws.sheets.userWrite(ws.spreadsheetId, 'Pengaturan', at, 2, [[[1, 2, 3, 4, 5].map((n) => `Pertanyaan ${n}`).join('\n')]]);
      ws.run('menuSinkronkanUlangSurvei');
    }
    const inWorkspace = surveySummary(ws).responses.map((r) => [r.total, r.band]);
    expect(inWorkspace).toEqual([
      [6, 'BAIK'],
      [10, 'KURANG BAIK'],
      [19, 'TIDAK BAIK'],
      [9, 'BELUM BAIK'],
    ]);

    const dir = mkdtempSync(join(tmpdir(), 'offline-roundtrip-'));
    const files = writeSampleCsvs(ws, dir, { surveyFormId: formId });
    const code = await runCli(['--roster', files.roster, '--survey', files.survey!, '--out', join(dir, 'hasil')], { stdout: () => {}, stderr: (l) => console.error(l) });
    expect(code).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'hasil', 'summary.json'), 'utf8'));
    expect(summary.survey.responses.map((r: { total: number; band: string }) => [r.total, r.band])).toEqual(offlineBands ?? inWorkspace);
  });
});

describe('the demo → sample CSVs → npm run offline', () => {
  it('reproduces the demo tally (ranking, shortlist, ballots, unresolved) and survey bands', async () => {
    const { buildSummary } = await import('../../src/offline/output/summary');
    // The demo's Workspace after every phase, made once for the demo project (tests/demo-run.ts).
    const { ws } = demoRun();
    const demo = buildSummary(ws);

    const dir = mkdtempSync(join(tmpdir(), 'offline-demo-'));
    const files = writeSampleCsvs(ws, join(dir, 'data'));
    expect(Object.keys(files).sort()).toEqual(['corrections', 'nominations', 'roster', 'survey']);
    const err: string[] = [];
    const code = await runCli(
      ['--roster', files.roster, '--nominations', files.nominations!, '--corrections', files.corrections!, '--survey', files.survey!, '--out', join(dir, 'hasil')],
      { stdout: () => {}, stderr: (l) => err.push(l) },
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const offline = JSON.parse(readFileSync(join(dir, 'hasil', 'summary.json'), 'utf8'));
    expect(demo.nominations!.ranking.length).toBeGreaterThan(5);
    expect(offline.nominations.ranking).toEqual(demo.nominations!.ranking);
    expect(offline.nominations.shortlist).toEqual(demo.nominations!.shortlist);
    expect(offline.nominations.tieAtCutoff).toBe(demo.nominations!.tieAtCutoff);
    expect(offline.nominations.ballots).toEqual(demo.nominations!.ballots);
    expect(offline.nominations.unresolved).toEqual(demo.nominations!.unresolved);
    // Every option of the demo's survey is numbered (S1), so the CSV's numbered answers are the
    // Form's options: every response gets the same total and band offline. (A CSV answer without a
    // number is unparseable: tests/e2e/survey-mixed-options.test.ts.)
    expect(offline.survey.responses.length).toBe(demo.survey!.responses.length);
    expect(offline.survey.responses.map((r: { total: number | null; band: string }) => [r.total, r.band])).toEqual(
      demo.survey!.responses.map((r) => [r.total, r.band]),
    );
  }, 120_000);
});
