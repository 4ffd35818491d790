/**
 * The demo as `npm run demo` runs it (Pengaturan through the sidebar, the nomination round, the
 * assessment and the draft decree, the survey, the agents' plans and reports), run ONCE per test
 * run for the files that check what it leaves: `tests/offline/render-documents.test.ts`,
 * `tests/offline/xlsx-calc.test.ts`, `tests/offline/csv-roundtrip.test.ts` and
 * `tests/e2e/nominations-demo.test.ts`. Those files are the `demo` project of vitest.config.ts:
 * one file at a time in one worker sharing one module graph (`isolate: false`,
 * `fileParallelism: false`), so this module's memo lives from the first of them to the last,
 * whichever runs first. (Run alone, a file runs the demo itself: the same code, the same result.)
 *
 * The Workspace is shared: a test reads it, and may add files of its own to Drive (the decree's
 * copy of render-documents), never change what the demo made. The documents and the workbook are
 * also converted to PDF once, in ONE LibreOffice start (`demoPdfs`).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemoAgents } from '../src/offline/demo/agents';
import { runDemoNominations } from '../src/offline/demo/ballots';
import { runDemoDecree } from '../src/offline/demo/decree';
import { runDemoSettings } from '../src/offline/demo/settings';
import { runDemoSurvey } from '../src/offline/demo/survey';
import { exportDocx } from '../src/offline/output/docx';
import { loggedDocuments } from '../src/offline/output/write-outputs';
import { exportXlsx } from '../src/offline/output/xlsx';
import type { Workspace } from '../src/offline/workspace/index';
import { preparedWorkspace } from './e2e/helpers';
import { convertWithOffice } from './office';

export const DEMO_PHASES = ['settings', 'nominations', 'decree', 'survey', 'agents'] as const;
export type DemoPhase = (typeof DEMO_PHASES)[number];

export interface DemoRun {
  ws: Workspace;
  /** What each phase printed, in order. */
  lines: Record<DemoPhase, string[]>;
  /** Every sheet's values (copied) at the end of the nomination round, before the later phases. */
  afterNominations: Map<string, unknown[][]>;
}

let run: DemoRun | undefined;

/** The demo's Workspace after every phase (run on the first call of this worker, then kept). */
export function demoRun(): DemoRun {
  if (run) return run;
  const ws = preparedWorkspace();
  const lines = Object.fromEntries(DEMO_PHASES.map((p) => [p, [] as string[]])) as Record<DemoPhase, string[]>;
  const log = (phase: DemoPhase) => (line: string) => lines[phase].push(line);
  runDemoSettings(ws, log('settings'));
  runDemoNominations(ws, log('nominations'));
  const afterNominations = new Map(ws.sheets.sheetNames(ws.spreadsheetId).map((name) => [name, structuredClone(ws.sheets.values(ws.spreadsheetId, name) ?? [])]));
  runDemoDecree(ws, log('decree'));
  runDemoSurvey(ws, log('survey'));
  runDemoAgents(ws, log('agents'));
  run = { ws, lines, afterNominations };
  return run;
}

/**
 * A read-only stand-in for the demo's Workspace as it was at the end of the nomination round:
 * only `sheets.values` and `spreadsheetId`, what the e2e helpers that read a sheet use.
 */
export function demoAfterNominations(): Workspace {
  const { ws, afterNominations } = demoRun();
  const values = (id: string, name: string) => (id === ws.spreadsheetId ? afterNominations.get(name) : undefined);
  return { spreadsheetId: ws.spreadsheetId, sheets: { values } } as unknown as Workspace;
}

export interface DemoPdfs {
  dir: string;
  /** The .docx and .pdf of each of the demo's documents. */
  decree: { id: string; docx: string; pdf: string };
  beritaAcara: { id: string; docx: string; pdf: string };
  monitoring: { id: string; docx: string; pdf: string };
  /** The demo's workbook (exportXlsx) and LibreOffice Calc's PDF of it. */
  workbook: { xlsx: string; pdf: string };
}

let pdfs: Promise<DemoPdfs> | undefined;

/** The demo's three documents and its workbook exported, and converted to PDF by one LibreOffice start. */
export function demoPdfs(): Promise<DemoPdfs> {
  pdfs ??= (async () => {
    const { ws } = demoRun();
    const ids = loggedDocuments(ws);
    if (!ids.decree || !ids.beritaAcara || !ids.monitoring) throw new Error('the demo made no decree, no berita acara or no monitoring report');
    const dir = mkdtempSync(join(tmpdir(), 'demo-pdfs-'));
    const doc = async (id: string, name: string) => {
      const docx = join(dir, `${name}.docx`);
      writeFileSync(docx, await exportDocx(ws, id, name));
      return { id, docx, pdf: join(dir, `${name}.pdf`) };
    };
    const decree = await doc(ids.decree, 'Draf SK Agen Perubahan');
    const beritaAcara = await doc(ids.beritaAcara, 'Berita Acara Penilaian');
    const monitoring = await doc(ids.monitoring, 'Laporan Pemantauan Agen Perubahan');
    const workbook = { xlsx: join(dir, 'Rekap Agen Perubahan.xlsx'), pdf: join(dir, 'Rekap Agen Perubahan.pdf') };
    writeFileSync(workbook.xlsx, await exportXlsx(ws));
    convertWithOffice([decree.docx, beritaAcara.docx, monitoring.docx, workbook.xlsx], 'pdf', dir);
    return { dir, decree, beritaAcara, monitoring, workbook };
  })();
  return pdfs;
}
