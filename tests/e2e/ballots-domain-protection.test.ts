/**
 * Log Surat Suara stays editable only by the product's account on a spreadsheet shared with the
 * whole Workspace domain: the protection's domain edit is turned off where
 * canDomainEdit() says it is on; on a gmail.com account (where setDomainEdit throws) setup works
 * just the same.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../src/core/schema';
import type { Workspace } from '../../src/offline/workspace/index';
import { loadedWorkspace, sheetValues } from './helpers';

function setUp(user: string, shared: boolean): Workspace {
  const ws = loadedWorkspace({ user });
  if (shared) ws.sheets.shareWithDomain(ws.spreadsheetId, true);
  ws.open();
  ws.run('menuSiapkanLembarKerja');
  return ws;
}

/** Whether `user`, running any script, may write into Log Surat Suara. */
function colleagueCanWrite(ws: Workspace, user: string): boolean {
  const exec = ws.kernel.beginExecution('editor', undefined, user);
  try {
    const SpreadsheetApp = ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    SpreadsheetApp.getActive().getSheetByName(SHEETS.ballots)!.getRange('A5').setValue('suara palsu');
    return true;
  } catch {
    return false;
  } finally {
    ws.kernel.endExecution(exec);
  }
}

const ledgerProtection = (ws: Workspace) => ws.sheets.snapshot(ws.spreadsheetId, SHEETS.ballots)!.protections.filter((p) => p.range === '');

describe('Log Surat Suara protection on a Workspace domain', () => {
  it('shared with the whole domain: domain edit is off, a colleague cannot write the audit trail', () => {
    const ws = setUp('tim.rb@dinkes.nttprov.go.id', true);
    expect(ledgerProtection(ws)).toEqual([expect.objectContaining({ warningOnly: false, editors: ['tim.rb@dinkes.nttprov.go.id'], domainEdit: false })]);
    expect(colleagueCanWrite(ws, 'staf@dinkes.nttprov.go.id')).toBe(false);
    expect(colleagueCanWrite(ws, 'tim.rb@dinkes.nttprov.go.id')).toBe(true);
  });

  it('not shared with the domain: the same protection, setDomainEdit not needed', () => {
    const ws = setUp('tim.rb@dinkes.nttprov.go.id', false);
    expect(ledgerProtection(ws)).toEqual([expect.objectContaining({ editors: ['tim.rb@dinkes.nttprov.go.id'], domainEdit: false })]);
    expect(ws.kernel.calls()['SpreadsheetApp.Protection.setDomainEdit']).toBeUndefined();
  });

  it('a gmail.com account: setup works (setDomainEdit, which would throw, is never called), nothing logged', () => {
    const ws = setUp('tim.rb.ntt@gmail.com', true);
    expect(ledgerProtection(ws)).toEqual([expect.objectContaining({ editors: ['tim.rb.ntt@gmail.com'], domainEdit: false })]);
    expect(ws.kernel.calls()['SpreadsheetApp.Protection.setDomainEdit']).toBeUndefined();
    expect((sheetValues(ws, SHEETS.errors) ?? []).slice(1)).toEqual([]);
    expect(ws.ui.shown().at(-1)?.content).toMatch(/^Lembar baru: /);
  });
});
