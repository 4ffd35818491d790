/**
 * Privacy and permissions: who voted for whom is written only to `Log Surat Suara`,
 * which only the product's account may edit; every computed sheet is protected (warning-only, so
 * any team member's menu run can still rewrite it); team sheets are left open.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS, SHEET_SPECS } from '../../src/core/schema';
import { formatNip } from '../../src/core/nip';
import type { Workspace } from '../../src/offline/workspace/index';
import { preparedWorkspace } from '../e2e/helpers';
import { ballot, bare, connected, pns } from '../e2e/nominations-helpers';

const OWNER = 'tim.rb@dinkes.nttprov.go.id';

/** Every place a user can read something: cells of every sheet, dialogs, toasts, logs, properties. */
function places(ws: Workspace): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const name of ws.sheets.sheetNames(ws.spreadsheetId)) {
    const snap = ws.sheets.snapshot(ws.spreadsheetId, name)!;
    out.push({ where: `sheet ${name}`, text: JSON.stringify([snap.values, snap.formulas, snap.notes]) });
  }
  out.push({ where: 'dialogs', text: JSON.stringify(ws.ui.shown()) });
  out.push({ where: 'toasts', text: JSON.stringify(ws.sheets.toasts(ws.spreadsheetId)) });
  out.push({ where: 'logs', text: ws.logs.join('\n') });
  out.push({ where: 'document properties', text: JSON.stringify(ws.properties.document) });
  return out;
}

describe("voters' identities", () => {
  it('appear only in Log Surat Suara, whether the voter is known by e-mail or by NIP', () => {
    const ws = preparedWorkspace();
    // Voters by e-mail (the Form collects it) and by NIP; none of them is ever nominated.
    const formId = connected(ws, { collectEmail: true });
    const voters = pns.slice(20, 30);
    const candidates = pns.slice(0, 6);
    const secrets: string[] = [];
    voters.forEach((v, i) => {
      const email = `pemilih.rahasia.${i}@contoh.test`;
      secrets.push(email, v.nip, formatNip(v.nip), bare(v));
      ws.forms.submit(formId, ballot(v, candidates[i % 6].nama, bare(candidates[(i + 1) % 6]), i === 3 ? 'Orang Asing' : ''), { email });
    });
    ws.run('menuSinkronkanUlangPenjaringan');
    ws.run('menuStatusBantuan');

    const leaks: string[] = [];
    for (const place of places(ws)) {
      if (place.where === `sheet ${SHEETS.ballots}`) continue;
      for (const secret of secrets) {
        // The roster lists every employee by definition: it may hold their NIP and name, never an e-mail of a voter.
        if (place.where === `sheet ${SHEETS.roster}` && !secret.includes('@')) continue;
        if (place.text.includes(secret)) leaks.push(`${secret} in ${place.where}`);
      }
    }
    expect(leaks).toEqual([]);
    // …and they are there, in the audit trail.
    const ledger = JSON.stringify(ws.sheets.snapshot(ws.spreadsheetId, SHEETS.ballots)!.values);
    for (let i = 0; i < voters.length; i++) expect(ledger).toContain(`pemilih.rahasia.${i}@contoh.test`);
  });
});

describe('protections', () => {
  function check(ws: Workspace): void {
    for (const spec of SHEET_SPECS) {
      const snap = ws.sheets.snapshot(ws.spreadsheetId, spec.name);
      if (!snap) continue;
      const whole = snap.protections.filter((p) => p.range === '');
      if (spec.ownership === 'team') {
        expect(whole, spec.name).toEqual([]);
      } else if (spec.ownership === 'computed') {
        expect(whole.map((p) => p.warningOnly), spec.name).toEqual([true]);
      } else {
        expect(whole.map((p) => ({ warningOnly: p.warningOnly, editors: p.editors })), spec.name).toEqual([{ warningOnly: false, editors: [OWNER] }]);
      }
    }
  }

  it('Log Surat Suara is editable only by the product\'s account; computed sheets warn; team sheets are open', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    ws.forms.submit(formId, ballot(pns[0], pns[1].nama));
    ws.run('menuPeriksaDataPegawai');
    expect(ws.sheets.snapshot(ws.spreadsheetId, SHEETS.ballots)).not.toBeNull();
    check(ws);
  });

  it('sheets the team deleted come back protected the same way', () => {
    const ws = preparedWorkspace();
    const formId = connected(ws);
    for (const name of [SHEETS.ballots, SHEETS.tally, SHEETS.errors]) ws.sheets.userDeleteSheet(ws.spreadsheetId, name);
    ws.forms.submit(formId, ballot(pns[0], pns[1].nama));
    // A submission does not rebuild a deleted audit trail from one ballot: it keeps the ballot and
    // says to re-sync, which rebuilds it from every response.
    ws.run('menuSinkronkanUlangPenjaringan');
    ws.kernel.injectFault({ match: 'SpreadsheetApp.Range.getValues', message: 'Service invoked too many times for one day: spreadsheets.' });
    ws.run('menuPeriksaDataPegawai');
    for (const name of [SHEETS.ballots, SHEETS.tally, SHEETS.errors]) expect(ws.sheets.snapshot(ws.spreadsheetId, name), name).not.toBeNull();
    check(ws);
  });
});
