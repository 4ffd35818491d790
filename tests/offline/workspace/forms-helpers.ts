/** A small recording SheetsBackdoor for the forms tests (only what the Forms fake uses). */
import type { CellValue, SheetsBackdoor } from '../../../src/offline/workspace/index';
import { Kernel } from '../../../src/offline/workspace/index';

export interface StubSheet {
  name: string;
  formUrl: string;
  rows: CellValue[][];
}

export function stubSheets(kernel: Kernel): { backdoor: SheetsBackdoor; tabs: Map<string, StubSheet[]>; ssId: string } {
  const tabs = new Map<string, StubSheet[]>();
  const ssId = kernel.newId('1');
  kernel.registerFile({ id: ssId, name: 'Rekap', mimeType: 'application/vnd.google-apps.spreadsheet', content: null });
  tabs.set(ssId, []);
  const sheet = (id: string, name: string) => {
    const s = tabs.get(id)?.find((t) => t.name === name);
    if (!s) throw new Error(`stub: no sheet ${name}`);
    return s;
  };
  const rangeOf = (s: StubSheet, row: number) =>
    ({ getRow: () => row, getSheet: () => ({ getName: () => s.name }), getValues: () => [s.rows[row - 1]] }) as unknown as GoogleAppsScript.Spreadsheet.Range;
  const backdoor = {
    linkFormDestination(id: string, formUrl: string, headers: string[]) {
      const list = tabs.get(id)!;
      const name = `Form Responses ${list.length + 1}`;
      list.push({ name, formUrl, rows: [[...headers]] });
      return name;
    },
    addFormColumn(id: string, name: string, header: string) {
      const s = sheet(id, name);
      s.rows[0].push(header);
      return s.rows[0].length;
    },
    appendFormRow(id: string, name: string, values: CellValue[]) {
      const s = sheet(id, name);
      s.rows.push([...values]);
      return rangeOf(s, s.rows.length);
    },
    headers: (id: string, name: string) => sheet(id, name).rows[0].map(String),
    displayValues: (id: string, name: string) =>
      sheet(id, name).rows.map((r) => r.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? `D${(v as Date).getTime()}` : String(v)))),
    userWrite(id: string, name: string, row: number, col: number, values: CellValue[][]) {
      const s = sheet(id, name);
      values.forEach((vals, i) => {
        s.rows[row - 1 + i] ??= [];
        vals.forEach((v, j) => (s.rows[row - 1 + i][col - 1 + j] = v));
      });
    },
    spreadsheetObject: (id: string) =>
      ({ getSheetByName: (name: string) => ({ getRange: (row: number) => rangeOf(sheet(id, name), row) }) }) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
  } as unknown as SheetsBackdoor;
  return { backdoor, tabs, ssId };
}
