/** Shared steps of the report tests: two agents, a plan row each, submitted and approved by the head. */
import { witaToMs } from '../../src/core/dates';
import { createSurveyForm, surveyAnswers } from '../../src/offline/demo/survey';
import type { Workspace, WorkspaceOptions } from '../../src/offline/workspace/index';
import { preparedWorkspace, sheetValues } from './helpers';
import { choose, eligible, scoredWorkspace, setSetting } from './assessment-helpers';

export const HEAD = 'kepala.dinas@dinkes.nttprov.go.id';
export const AGENT_MAIL = 'agen.satu@dinkes.nttprov.go.id';
export const agents = eligible.slice(0, 5);

export const plan = (ws: Workspace) => sheetValues(ws, 'Rencana Tindak')!;
export const planCol = (ws: Workspace, header: string) => plan(ws)[0].indexOf(header);
/** 1-based row of entry `no` in the block of `name`. */
export const entryRow = (ws: Workspace, name: string, no: number) => plan(ws).findIndex((r) => String(r[0]).includes(name)) + 1 + no;

export const ROWS = [
  ['BerAKHLAK – Adaptif', 'Antrean layanan lebih singkat', 'Jumlah layanan dengan nomor antrean daring', 10, 'Nomor antrean daring', 'Januari–Juni 2027', ''],
  ['SOLIDER – Responsif', 'Keluhan dijawab cepat', 'Keluhan dijawab dalam 1 hari', 20, 'Kanal pengaduan WhatsApp', 'Februari–Desember 2027', ''],
];

/** The head decides row `row` (as the head, through the protected columns). */
export function decide(ws: Workspace, row: number, decision: string, date: string): void {
  ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', row, planCol(ws, 'Keputusan Pimpinan') + 1, [[decision, '', date, HEAD]], HEAD);
}

/** Two agents (agents[0] Katalis, agents[1] Mediator), one plan row each, submitted and approved. */
export function approvedWorkspace(options: WorkspaceOptions = {}): Workspace {
  const ws = preparedWorkspace(options);
  scoredWorkspace(ws, agents);
  choose(ws, agents[0], 'Katalis');
  choose(ws, agents[1], 'Mediator');
  setSetting(ws, 'Email Kepala Dinas', HEAD);
  ws.run('menuSiapkanRencanaTindak');
  ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', entryRow(ws, agents[0].nama, 1), 2, [ROWS[0]]);
  ws.sheets.userWrite(ws.spreadsheetId, 'Rencana Tindak', entryRow(ws, agents[1].nama, 1), 2, [ROWS[1]]);
  ws.run('menuAjukanRencanaTindak');
  decide(ws, entryRow(ws, agents[0].nama, 1), 'Disetujui', '10/01/2027');
  decide(ws, entryRow(ws, agents[1].nama, 1), 'Disetujui', '10/01/2027');
  ws.ui.clear();
  return ws;
}

export const label = (name: string, row: (typeof ROWS)[number]) => `${name} — No 1: ${row[4]}`;

/** The report Form the product made (the last Form created). */
export function reportForm(ws: Workspace): string {
  const url = String((sheetValues(ws, 'Pengaturan') ?? []).find((r) => r[0] === 'URL Formulir Laporan')?.[1] ?? '');
  const id = /\/d\/([^/]+)\//.exec(url)?.[1];
  if (!id) throw new Error('no report Form in Pengaturan');
  return id;
}

export interface Report {
  activity: string;
  period?: string;
  realisation: string;
  problems?: string;
  solutions?: string;
  evidence?: string;
}

export function report(ws: Workspace, r: Report, email = AGENT_MAIL): string {
  return ws.forms.submit(
    reportForm(ws),
    {
      'Kegiatan (rencana tindak yang disetujui)': r.activity,
      'Periode (bulan pelaksanaan)': r.period ?? 'Maret 2027',
      'Realisasi (angka)': r.realisation,
      Kendala: r.problems ?? '',
      Solusi: r.solutions ?? '',
      'Tautan Bukti': r.evidence ?? '',
    },
    { email },
  );
}

/** Rows of `Laporan Rencana Tindak` as objects by header. */
export function ledger(ws: Workspace): Record<string, unknown>[] {
  const v = sheetValues(ws, 'Laporan Rencana Tindak') ?? [];
  const h = (v[0] ?? []).map(String);
  return v.slice(1).map((r) => Object.fromEntries(h.map((k, i) => [k, r[i]])));
}

/**
 * The survey of agent 0's unit in two semesters (S5): two answers in Semester II 2026 (August and
 * September) and two in Semester I 2027 (February and March), the survey Form connected.
 */
export function surveyOverSemesters(ws: Workspace): void {
  const unit = agents[0].unit;
  const formId = createSurveyForm(ws);
  const at = (y: number, m: number) => witaToMs(y, m, 10, 9);
  ws.forms.importResponses(formId, [
    { answers: surveyAnswers(unit, [1, 1, 1, 1, 1]), email: 'p1@dinkes.go.id', at: at(2026, 8) },
    { answers: surveyAnswers(unit, [4, 4, 4, 4, 4]), email: 'p2@dinkes.go.id', at: at(2026, 9) },
    { answers: surveyAnswers(unit, [1, 1, 1, 1, 1]), email: 'p1@dinkes.go.id', at: at(2027, 2) },
    { answers: surveyAnswers(unit, [1, 1, 2, 1, 1]), email: 'p2@dinkes.go.id', at: at(2027, 3) },
  ]);
  ws.run('menuHubungkanFormulirSurvei');
}
