/**
 * Domain sharing in the in-memory Sheets, as Google documents Protection: a new
 * protection mirrors the spreadsheet's sharing, so on a spreadsheet shared with its Workspace
 * domain everyone there may still edit a protected sheet after its editors were removed, until
 * setDomainEdit(false); setDomainEdit throws on a gmail.com spreadsheet; canDomainEdit throws for
 * a user who may not edit the protection.
 */
import { describe, expect, it } from 'vitest';
import { Kernel, createSpreadsheetApp } from '../../../src/offline/workspace/index';

const COLLEAGUE = 'staf@dinkes.nttprov.go.id';
const OUTSIDER = 'orang@contoh.test';

function setup(owner = 'tim.rb@dinkes.nttprov.go.id', sharedWithDomain = false) {
  const kernel = new Kernel({ user: owner });
  const app = createSpreadsheetApp(kernel);
  const id = app.backdoor.createSpreadsheet('Rekap Agen Perubahan', { bound: true });
  if (sharedWithDomain) app.backdoor.shareWithDomain(id, true);
  const sheet = app.SpreadsheetApp.getActive().getSheets()[0];
  const protection = sheet.protect();
  protection.removeEditors(protection.getEditors());
  /** Whether `user` may write A1 (a script run as that user). */
  const canWrite = (user: string) => {
    const exec = kernel.beginExecution('editor', undefined, user);
    try {
      sheet.getRange('A1').setValue(user);
      return true;
    } catch (e) {
      expect(String((e as Error).message)).toMatch(/protected cell/);
      return false;
    } finally {
      kernel.endExecution(exec);
    }
  };
  return { kernel, app, id, sheet, protection, canWrite };
}

describe('Protection and domain sharing', () => {
  it('shared with the domain: after removeEditors a colleague in the domain can still edit, until setDomainEdit(false)', () => {
    const { protection, canWrite, app, id } = setup(undefined, true);
    expect(protection.canDomainEdit()).toBe(true);
    expect(canWrite(COLLEAGUE)).toBe(true);
    expect(canWrite(OUTSIDER)).toBe(false);
    protection.setDomainEdit(false);
    expect(protection.canDomainEdit()).toBe(false);
    expect(canWrite(COLLEAGUE)).toBe(false);
    expect(canWrite('tim.rb@dinkes.nttprov.go.id')).toBe(true);
    expect(app.backdoor.snapshot(id, 'Sheet1')!.protections[0].domainEdit).toBe(false);
  });

  it('not shared with the domain: protections start without domain edit', () => {
    const { protection, canWrite } = setup();
    expect(protection.canDomainEdit()).toBe(false);
    expect(canWrite(COLLEAGUE)).toBe(false);
    protection.setDomainEdit(true);
    expect(canWrite(COLLEAGUE)).toBe(true);
  });

  it('a gmail.com spreadsheet: canDomainEdit is false and setDomainEdit throws', () => {
    const { protection, app, id } = setup('tim.rb.ntt@gmail.com', true);
    expect(protection.canDomainEdit()).toBe(false);
    expect(() => protection.setDomainEdit(false)).toThrow('Domain protection is only supported on documents within a domain.');
    expect(app.backdoor.snapshot(id, 'Sheet1')!.protections[0].domainEdit).toBe(false);
  });

  it('canDomainEdit throws for a user who may not edit the protection', () => {
    const { protection, kernel } = setup(undefined, false);
    const exec = kernel.beginExecution('editor', undefined, COLLEAGUE);
    expect(() => protection.canDomainEdit()).toThrow(/protected cell/);
    kernel.endExecution(exec);
  });
});
