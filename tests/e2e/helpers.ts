/**
 * End-to-end helpers: a fresh in-memory Workspace with the BUILT bundle (dist/Code.js, built by
 * tests/global-setup.ts) loaded into a bare vm context, as Apps Script would run it.
 */
import { createWorkspace, type Workspace, type WorkspaceOptions } from '../../src/offline/workspace/index';
import { demoRoster, rosterRows } from '../../src/offline/demo/roster';

export function loadedWorkspace(options: WorkspaceOptions = {}): Workspace {
  const ws = createWorkspace(options);
  ws.load();
  return ws;
}

/** A workspace after "Siapkan Lembar Kerja", with the demo roster typed into `Pegawai`. */
export function preparedWorkspace(options: WorkspaceOptions = {}): Workspace {
  const ws = loadedWorkspace(options);
  ws.open();
  ws.run('menuSiapkanLembarKerja');
  ws.sheets.userWrite(ws.spreadsheetId, 'Pegawai', 1, 1, rosterRows(demoRoster()));
  ws.ui.clear();
  return ws;
}

/** Values of a sheet of the bound spreadsheet (uncounted), or null when it does not exist. */
export function sheetValues(ws: Workspace, name: string): unknown[][] | null {
  return ws.sheets.values(ws.spreadsheetId, name) ?? null;
}

/** The last dialog shown to the user. */
export function lastDialog(ws: Workspace): { title: string; content: string } | undefined {
  const shown = ws.ui.shown();
  return shown[shown.length - 1];
}

/** Runs the one-off continuations of `handler` a minute apart until none is left; returns how many ran. */
export function drainContinuations(ws: Workspace, handler: string, max = 40): number {
  let runs = 0;
  for (; runs < max && ws.kernel.triggers.some((t) => t.handler === handler); runs++) {
    ws.kernel.advance(61_000);
    ws.kernel.fireDueClockTriggers();
  }
  return runs;
}
