/**
 * Real nomination Forms through the built bundle, both routes (Form trigger; add-on route through
 * the response tab): questions told apart by item, detail questions, a question added after
 * connecting (N3), the voter across identities (N1), NIPs the response sheet stored as numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/offline/workspace/index';
import type { FormItemSpec } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { errorRows, ledgerRows, NIP_Q, pns, setSetting, settingValue, summaryValue, tallyRows, votesOf } from './nominations-helpers';

const [a, b, c, d, e, f] = pns;
const DAY = 86_400_000;

type Route = 'form' | 'addon';
const ROUTES: Route[] = ['form', 'addon'];

/** A Form with `items`, connected by `route` (add-on: the team confirms pointing it here). */
function connectedForm(route: Route, items: FormItemSpec[], options: { collectEmail?: boolean; before?: { answers: Record<string, string | string[]>; at: number; email?: string }[]; ws?: Workspace } = {}) {
  const ws = options.ws ?? preparedWorkspace(route === 'addon' ? { addOn: true } : {});
  const formId = ws.forms.createForm({ title: 'Penjaringan Agen Perubahan 2026', collectEmail: options.collectEmail ?? false, items });
  if (options.before) ws.forms.importResponses(formId, options.before);
  setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
  ws.ui.answerNext('YES');
  ws.run('menuHubungkanFormulirPenjaringan');
  return { ws, formId };
}

const itemId = (ws: Workspace, formId: string, index: number) => String(ws.forms.view(formId).items[index].id);

describe.each(ROUTES)('two questions with the same title are two questions (%s route)', (route) => {
  const items: FormItemSpec[] = [
    { kind: 'TEXT', title: NIP_Q },
    { kind: 'TEXT', title: 'Nama Calon' },
    { kind: 'TEXT', title: 'Nama Calon' },
    { kind: 'TEXT', title: 'Nama Calon' },
  ];

  it('every answer counts, and Pengaturan and the ledger tell them apart', () => {
    const { ws, formId } = connectedForm(route, items);
    const ids = [1, 2, 3].map((i) => itemId(ws, formId, i));
    ws.forms.submit(formId, { [NIP_Q]: a.nip, [ids[0]]: b.nama, [ids[1]]: c.nama, [ids[2]]: d.nama });
    expect([b, c, d].map((x) => votesOf(ws, x))).toEqual([1, 1, 1]);
    expect(settingValue(ws, 'Pertanyaan Calon').split('\n')).toEqual(['Nama Calon', 'Nama Calon (2)', 'Nama Calon (3)']);
    expect(ledgerRows(ws)[0].entries.split('\n')).toEqual([b.nama, c.nama, d.nama]);
    expect(errorRows(ws)).toEqual([]);
  });

  it("the team's mapping names the second one by its label: only it counts", () => {
    const { ws, formId } = connectedForm(route, items);
    setSetting(ws, 'Pertanyaan Calon', 'Nama Calon (2)');
    const ids = [1, 2, 3].map((i) => itemId(ws, formId, i));
    ws.forms.submit(formId, { [NIP_Q]: a.nip, [ids[0]]: b.nama, [ids[1]]: c.nama, [ids[2]]: d.nama });
    expect([b, c, d].map((x) => votesOf(ws, x))).toEqual([0, 1, 0]);
  });
});

describe.each(ROUTES)('detail questions are not nominees (%s route)', (route) => {
  it('"Jabatan Calon", "Unit Kerja Calon" and the reason are not counted as people', () => {
    const { ws, formId } = connectedForm(route, [
      { kind: 'TEXT', title: NIP_Q },
      { kind: 'TEXT', title: 'Nama Calon 1' },
      { kind: 'TEXT', title: 'Jabatan Calon 1' },
      { kind: 'TEXT', title: 'Unit Kerja Calon 1' },
      { kind: 'TEXT', title: 'Bidang calon' },
      { kind: 'PARAGRAPH_TEXT', title: 'Mengapa calon ini layak?' },
      { kind: 'TEXT', title: 'Keterangan usulan' },
    ]);
    expect(settingValue(ws, 'Pertanyaan Calon')).toBe('Nama Calon 1');
    ws.forms.submit(formId, {
      [NIP_Q]: a.nip,
      'Nama Calon 1': b.nama,
      'Jabatan Calon 1': 'Analis Kebijakan',
      'Unit Kerja Calon 1': 'Sekretariat',
      'Bidang calon': 'Sekretariat',
      'Mengapa calon ini layak?': 'Disiplin dan inovatif',
      'Keterangan usulan': 'Sangat aktif',
    });
    const row = ledgerRows(ws)[0];
    expect(row.entries).toBe(b.nama);
    expect(row.status).toBe('dihitung');
    expect(row.notes).toBe('');
    expect(votesOf(ws, b)).toBe(1);
  });
});

describe.each(ROUTES)('a nominee question added after connecting (%s route)', (route) => {
  const three: FormItemSpec[] = [
    { kind: 'TEXT', title: NIP_Q },
    { kind: 'TEXT', title: 'Calon 1' },
    { kind: 'TEXT', title: 'Calon 2' },
    { kind: 'TEXT', title: 'Calon 3' },
  ];

  it('is detected at the next response and used: an entry only there counts; four names are "lebih dari 3 calon"', () => {
    const { ws, formId } = connectedForm(route, three);
    ws.forms.submit(formId, { [NIP_Q]: a.nip, 'Calon 1': b.nama });
    ws.forms.addItem(formId, { kind: 'TEXT', title: 'Calon 4' });
    ws.forms.submit(formId, { [NIP_Q]: c.nip, 'Calon 4': d.nama });
    expect(votesOf(ws, d)).toBe(1);
    expect(ledgerRows(ws)[1].status).toBe('dihitung');
    ws.forms.submit(formId, { [NIP_Q]: e.nip, 'Calon 1': b.nama, 'Calon 2': c.nama, 'Calon 3': d.nama, 'Calon 4': f.nama });
    const last = ledgerRows(ws)[2];
    expect(last.status).toBe('tidak sah');
    expect(last.reason).toBe('lebih dari 3 calon');
    expect(settingValue(ws, 'Pertanyaan Calon').split('\n')).toEqual(['Calon 1', 'Calon 2', 'Calon 3', 'Calon 4']);
    expect(errorRows(ws)).toEqual([]);
  });

  it("where the team's own mapping leaves it out, it is not counted and Rekap Penjaringan says which question, once", () => {
    const { ws, formId } = connectedForm(route, three);
    setSetting(ws, 'Pertanyaan Calon', 'Calon 1\nCalon 2');
    ws.forms.addItem(formId, { kind: 'TEXT', title: 'Calon 4' });
    ws.forms.submit(formId, { [NIP_Q]: c.nip, 'Calon 1': b.nama, 'Calon 4': d.nama });
    ws.forms.submit(formId, { [NIP_Q]: e.nip, 'Calon 4': d.nama });
    expect(votesOf(ws, b)).toBe(1);
    expect(votesOf(ws, d)).toBe(0);
    const cells = (sheetValues(ws, 'Rekap Penjaringan') ?? []).flat().map(String);
    const told = cells.filter((t) => t.includes('"Calon 4"'));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/tidak dihitung/);
    expect(told[0]).toMatch(/Pertanyaan Calon/);
  });
});

describe('one person is one voter across identities (N1)', () => {
  it.each(ROUTES)('%s route: a NIP ballot before the Form collected e-mails and an e-mail ballot after are one voter; the latest counts', (route) => {
    const t0 = Date.UTC(2026, 9, 1, 1);
    const { ws, formId } = connectedForm(route, [{ kind: 'TEXT', title: NIP_Q }, { kind: 'TEXT', title: 'Calon 1' }], {
      before: [{ answers: { [NIP_Q]: a.nip, 'Calon 1': b.nama }, at: t0 }],
    });
    expect(votesOf(ws, b)).toBe(1);
    ws.kernel.quietly(() => (ws.globals.FormApp as GoogleAppsScript.Forms.FormApp).openById(formId).setCollectEmail(true));
    ws.forms.submit(formId, { [NIP_Q]: '', 'Calon 1': c.nama }, { email: a.email.toUpperCase() });
    expect(votesOf(ws, b)).toBe(0);
    expect(votesOf(ws, c)).toBe(1);
    const rows = ledgerRows(ws);
    expect(rows.map((r) => r.status)).toEqual(['digantikan', 'dihitung']);
    expect(summaryValue(ws, 'Dihitung')).toBe(1);
    expect(errorRows(ws)).toEqual([]);
  });

  it('a Workspace-domain Form: the "Username" column is the voter (add-on route)', () => {
    const ws = preparedWorkspace({ addOn: true });
    const formId = ws.forms.createForm({
      title: 'Penjaringan',
      collectEmail: true,
      respondentColumn: 'Username',
      items: [{ kind: 'TEXT', title: 'Calon 1' }],
    });
    setSetting(ws, 'URL Formulir Penjaringan', ws.forms.view(formId).editUrl);
    ws.ui.answerNext('YES');
    ws.run('menuHubungkanFormulirPenjaringan');
    ws.forms.submit(formId, { 'Calon 1': b.nama }, { email: a.email });
    ws.kernel.advance(60_000);
    ws.forms.submit(formId, { 'Calon 1': c.nama }, { email: a.email });
    expect(ledgerRows(ws).map((r) => r.status)).toEqual(['digantikan', 'dihitung']);
    expect(ledgerRows(ws)[1].voter).toContain(a.email);
    expect(votesOf(ws, c)).toBe(1);
  });

  it.each(ROUTES)('%s route: an e-mail typed into an ordinary question is not the voter; the NIP question is', (route) => {
    const { ws, formId } = connectedForm(route, [
      { kind: 'TEXT', title: 'Alamat email' },
      { kind: 'TEXT', title: NIP_Q },
      { kind: 'TEXT', title: 'Calon 1' },
    ]);
    ws.forms.submit(formId, { 'Alamat email': 'bersama@contoh.id', [NIP_Q]: a.nip, 'Calon 1': b.nama });
    ws.kernel.advance(60_000);
    ws.forms.submit(formId, { 'Alamat email': 'bersama@contoh.id', [NIP_Q]: c.nip, 'Calon 1': d.nama });
    expect(ledgerRows(ws).map((r) => r.status)).toEqual(['dihitung', 'dihitung']);
    expect(votesOf(ws, b)).toBe(1);
    expect(votesOf(ws, d)).toBe(1);
  });
});

describe('NIPs the response sheet stored as numbers (add-on route)', () => {
  it.each(['display', 'submitted'] as const)('a NIP typed without spaces is read exactly (e.values as %s)', (eventValues) => {
    const ws = preparedWorkspace({ addOn: true, formEventValues: eventValues });
    const { formId } = connectedForm('addon', [{ kind: 'TEXT', title: NIP_Q }, { kind: 'TEXT', title: 'Calon 1' }, { kind: 'TEXT', title: 'Calon 2' }], { ws });
    ws.forms.submit(formId, { [NIP_Q]: a.nip, 'Calon 1': b.nip, 'Calon 2': c.nama });
    // The tab holds a number that lost the NIP's last digits, as Google's does.
    const tab = ws.sheets.snapshot(ws.spreadsheetId, ws.forms.view(formId).destination!.sheetName)!;
    expect(typeof tab.values[1][1]).toBe('number');
    const row = ledgerRows(ws)[0];
    expect(row.counted.split('\n')).toHaveLength(2);
    expect(votesOf(ws, b)).toBe(1);
    expect(votesOf(ws, c)).toBe(1);
    expect(row.voter).toContain(a.nama);
    // The next submission reads the whole tab again: the first row stays exact.
    ws.kernel.advance(60_000);
    ws.forms.submit(formId, { [NIP_Q]: d.nip, 'Calon 1': b.nip });
    expect(votesOf(ws, b)).toBe(2);
    expect(ledgerRows(ws).map((r) => r.status)).toEqual(['dihitung', 'dihitung']);
    // A re-sync from the tab, too.
    ws.run('menuSinkronkanUlangPenjaringan');
    expect(votesOf(ws, b)).toBe(2);
    expect(votesOf(ws, c)).toBe(1);
    expect(tallyRows(ws).every((r) => r.nip.replace(/\D/g, '').length === 18)).toBe(true);
    expect(errorRows(ws)).toEqual([]);
  });

  it('responses that were in the Form before connecting are read exactly from the Form', () => {
    const ws = preparedWorkspace({ addOn: true });
    const { formId } = connectedForm('addon', [{ kind: 'TEXT', title: NIP_Q }, { kind: 'TEXT', title: 'Calon 1' }], {
      ws,
      before: [
        { answers: { [NIP_Q]: a.nip, 'Calon 1': b.nip }, at: ws.kernel.now() - 2 * DAY },
        { answers: { [NIP_Q]: c.nip, 'Calon 1': b.nip }, at: ws.kernel.now() - DAY },
      ],
    });
    expect(votesOf(ws, b)).toBe(2);
    expect(ledgerRows(ws).map((r) => r.voter.includes(a.nama) || r.voter.includes(c.nama))).toEqual([true, true]);
  });
});

describe('checkbox answers in the response tab (R6, add-on route)', () => {
  it('a cell of titled names joined by ", " is split against the roster names, longest first; five names are five entries', () => {
    const picks = pns.slice(0, 8);
    const { ws, formId } = connectedForm('addon', [
      { kind: 'TEXT', title: NIP_Q },
      { kind: 'CHECKBOX', title: 'Pilih calon agen perubahan', choices: picks.map((p) => p.nama) },
    ]);
    expect(picks.some((p) => p.nama.includes(', '))).toBe(true);
    ws.forms.submit(formId, { [NIP_Q]: picks[7].nip, 'Pilih calon agen perubahan': [picks[0].nama, picks[1].nama, picks[2].nama] });
    expect([0, 1, 2].map((i) => votesOf(ws, picks[i]))).toEqual([1, 1, 1]);
    ws.forms.submit(formId, { [NIP_Q]: picks[6].nip, 'Pilih calon agen perubahan': picks.slice(0, 5).map((p) => p.nama) });
    const last = ledgerRows(ws)[1];
    expect(last.entries.split('\n')).toEqual(picks.slice(0, 5).map((p) => p.nama));
    expect(last.reason).toBe('lebih dari 3 calon');
    expect(errorRows(ws)).toEqual([]);
  });
});
