import { describe, expect, it } from 'vitest';
import { HANDLERS, planTriggers, repairChanged, repairPlan, repairSummary, type FormFacts, type TriggerFact } from '../../src/core/health';

const SS = 'ss-1';
const form = (over: Partial<FormFacts> = {}): FormFacts => ({
  kind: 'nomination',
  formId: 'form-n',
  connected: true,
  destinationIsThisSpreadsheet: false,
  openProblem: null,
  ...over,
});
let uid = 0;
const trig = (handler: string, eventType: string, source: string, sourceId: string): TriggerFact => ({
  uid: `u${++uid}`,
  handler,
  eventType,
  source,
  sourceId,
});
const nomTrigger = (id = 'form-n') => trig(HANDLERS.nominationSubmit, 'ON_FORM_SUBMIT', 'FORMS', id);
const daily = () => trig(HANDLERS.dailyCheck, 'CLOCK', 'CLOCK', '');
const route = () => trig(HANDLERS.spreadsheetSubmit, 'ON_FORM_SUBMIT', 'SPREADSHEETS', SS);

const stateOf = (forms: FormFacts[], present: TriggerFact[], key: string, owners = {}) =>
  planTriggers(forms, present, SS, owners).checks.find((c) => c.key === key)!;

describe('planTriggers: the state of each expected trigger', () => {
  it.each([
    { name: 'form trigger present', forms: [form()], present: [nomTrigger()], state: 'ok', via: 'form' },
    { name: 'nothing installed, connected', forms: [form()], present: [], state: 'missing', via: null },
    { name: 'no URL', forms: [form({ formId: '' })], present: [], state: 'not-configured', via: null },
    { name: 'URL but never connected', forms: [form({ connected: false })], present: [], state: 'not-configured', via: null },
    { name: 'form cannot be opened', forms: [form({ openProblem: 'tidak dapat dibuka' })], present: [], state: 'problem', via: null },
    {
      name: 'spreadsheet route with destination here',
      forms: [form({ destinationIsThisSpreadsheet: true })],
      present: [route()],
      state: 'ok',
      via: 'spreadsheet',
    },
    { name: 'spreadsheet route but destination elsewhere', forms: [form()], present: [route()], state: 'missing', via: null },
    { name: 'trigger on another form', forms: [form()], present: [nomTrigger('old-form')], state: 'missing', via: null },
  ])('$name → $state', ({ forms, present, state, via }) => {
    const c = stateOf(forms, present, 'nomination');
    expect(c.state).toBe(state);
    expect(c.via).toBe(via);
    expect(c.detail.length).toBeGreaterThan(10);
  });

  it('the daily check is expected once a Form is connected; before that it is not needed (not red)', () => {
    expect(stateOf([], [], 'daily').state).toBe('not-configured');
    expect(stateOf([form({ connected: false })], [], 'daily').state).toBe('not-configured');
    expect(stateOf([form()], [], 'daily').state).toBe('missing');
    expect(stateOf([], [daily()], 'daily').state).toBe('ok');
  });

  it('every red state says what it means for the team; green and yellow ones say nothing more', () => {
    expect(stateOf([form()], [], 'nomination').meaning).toContain('tidak dihitung');
    expect(stateOf([form()], [], 'daily').meaning).toContain('setiap pagi');
    expect(stateOf([form({ openProblem: 'tidak dapat dibuka' })], [], 'nomination').meaning).toContain('tautan');
    expect(stateOf([form()], [nomTrigger()], 'nomination').meaning).toBe('');
    expect(stateOf([form({ connected: false })], [], 'nomination').meaning).toBe('');
  });

  it('a missing trigger that another account ran recently is that account\'s, not missing', () => {
    const c = stateOf([form()], [], 'nomination', { nomination: 'ani@dinkes.go.id' });
    expect(c.state).toBe('other-owner');
    expect(c.detail).toContain('ani@dinkes.go.id');
    // present triggers win over the hint
    expect(stateOf([form()], [nomTrigger()], 'nomination', { nomination: 'ani@dinkes.go.id' }).state).toBe('ok');
  });
});

describe('planTriggers: duplicates and stale triggers', () => {
  it('extra copies of the same handler, event and source are duplicates; the first stays', () => {
    const a = nomTrigger();
    const b = nomTrigger();
    const d1 = daily();
    const d2 = daily();
    const plan = planTriggers([form()], [a, b, d1, d2], SS);
    expect(plan.duplicates).toEqual([b.uid, d2.uid]);
    expect(plan.stale).toEqual([]);
  });

  it('a form-submit trigger on a Form no longer configured is stale', () => {
    const old = nomTrigger('old-form');
    const plan = planTriggers([form()], [old], SS);
    expect(plan.stale).toEqual([old.uid]);
    const cleared = planTriggers([form({ formId: '' })], [nomTrigger('form-n')], SS);
    expect(cleared.stale).toHaveLength(1);
  });

  it('a Form that cannot be opened right now keeps its trigger (an outage is no proof it moved)', () => {
    const t = nomTrigger('form-n');
    const plan = planTriggers([form({ formId: 'typed-id', openProblem: 'Service error' })], [t], SS);
    expect(plan.stale).toEqual([]);
  });

  it('other handlers (one-off continuations) are never touched', () => {
    const c1 = trig('lanjutkanSinkronisasiPenjaringan', 'CLOCK', 'CLOCK', '');
    const c2 = trig('lanjutkanSinkronisasiPenjaringan', 'CLOCK', 'CLOCK', '');
    const plan = planTriggers([form()], [c1, c2], SS);
    expect(plan.duplicates).toEqual([]);
    expect(plan.stale).toEqual([]);
  });
});

describe('repairPlan: what the button will do', () => {
  it('lists removals, then installs ("kembali" only for what was installed before), then what it cannot fix', () => {
    const d1 = daily();
    const d2 = daily();
    const plan = planTriggers([form(), form({ kind: 'survey', formId: 'form-s', openProblem: 'tidak dapat dibuka' })], [d1, d2, nomTrigger('old')], SS);
    expect(repairPlan(plan, new Set())).toEqual([
      'menghapus 1 pemicu ganda (setiap kiriman kini diproses lebih dari sekali)',
      'menghapus 1 pemicu pada formulir yang tidak lagi dipakai',
      'memasang pemicu Kiriman Formulir Penjaringan',
      'tidak dapat memperbaiki Kiriman Formulir Survei: periksa tautannya di Pengaturan (tombol ini tidak mengubah formulir)',
    ]);
    expect(repairPlan(planTriggers([form()], [], SS), new Set(['nomination']))).toEqual([
      'memasang kembali pemicu Kiriman Formulir Penjaringan',
      'memasang Pemeriksaan Harian',
    ]);
    expect(repairPlan(planTriggers([form()], [nomTrigger(), daily()], SS), new Set())).toEqual([]);
  });
});

describe('repairSummary', () => {
  it.each([
    [{ removedDuplicates: 0, removedStale: 0, installed: [], reinstalled: [], unresolved: [] }, 'Semua pemicu sudah lengkap', false],
    [{ removedDuplicates: 2, removedStale: 0, installed: [], reinstalled: [], unresolved: [] }, '2 pemicu ganda dihapus', true],
    [{ removedDuplicates: 0, removedStale: 1, installed: [], reinstalled: ['Pemeriksaan Harian'], unresolved: [] }, 'Dipasang kembali: Pemeriksaan Harian', true],
    [{ removedDuplicates: 0, removedStale: 0, installed: ['Pemeriksaan Harian'], reinstalled: [], unresolved: [] }, 'Dipasang: Pemeriksaan Harian.', true],
    [{ removedDuplicates: 0, removedStale: 0, installed: [], reinstalled: [], unresolved: ['Formulir tidak dapat dibuka.'] }, 'Formulir tidak dapat dibuka.', true],
  ])('%o', (outcome, text, changed) => {
    expect(repairSummary(outcome)).toContain(text);
    expect(repairChanged(outcome)).toBe(changed);
  });
});
