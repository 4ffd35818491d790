/** Shared steps of the reminder tests. */
import { witaToMs } from '../../src/core/dates';
import type { Workspace } from '../../src/offline/workspace/index';
import { agents, approvedWorkspace, entryRow } from './reports-helpers';

/** Two approved agents, a report Form, and a second row of agents[1] submitted at `submittedAt`. */
export function cycle(submittedAt = witaToMs(2027, 3, 1, 9)): Workspace {
  const ws = approvedWorkspace();
  ws.run('menuBuatFormulirLaporan');
  ws.kernel.setNow(submittedAt);
  ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', entryRow(ws, agents[1].nama, 2), 2, [['SOLIDER – Solid', 'Rapat rutin', 'Rapat per bulan', 12, 'Rapat koordinasi bulanan', '2027', '']]);
  ws.run('menuAjukanRencanaTindak');
  ws.ui.clear();
  return ws;
}

