/**
 * `Pemantauan Agen`: computed from `Rencana Tindak` (approval), `Laporan Rencana
 * Tindak` (the counted reports), `Pegawai` (each agent's unit) and `Hasil Survei` (the bands of
 * that unit by semester). Laid out whole after every report and every Rencana Tindak menu; a
 * fixed number of service calls.
 */
import type { ReviewedEntry } from '../core/action-plan-approval';
import { agentLines, countedReports, monitoringSheet, unitTrend } from '../core/monitoring';
import { parseRoster } from '../core/roster';
import { specOf } from '../core/schema';
import type { ParsedSettings } from '../core/settings';
import { bandColour } from '../core/survey/bands';
import { bandTableOf } from '../core/survey/config';
import { deriveResults, readRecords } from '../core/survey/results';
import { ensureProductSheet, readSheet, writeMonitoringSheet } from '../gas/sheets';

/** Rewrites `Pemantauan Agen` from the records; returns the agents listed. */
export function refreshMonitoring(reviewed: readonly ReviewedEntry[], parsed: ParsedSettings, now: number = Date.now()): number {
  const table = bandTableOf(parsed);
  const [header = [], ...rows] = readSheet('roster') ?? [];
  const roster = parseRoster(header, rows);
  const units = new Map(roster.employees.map((e) => [e.nip, e.unit]));
  const reports = countedReports(readSheet('reports') ?? []);
  const agents = agentLines(reviewed, reports, (nip) => units.get(nip) ?? '');
  const results = deriveResults(readRecords(readSheet('surveyResults')), [], table);
  const trend = unitTrend(agents.map((a) => a.unit), results, table);
  const sheet = monitoringSheet(agents, trend, table, now);
  const { sheet: target } = ensureProductSheet(specOf('monitoring'));
  writeMonitoringSheet(target, sheet, table.map((b) => ({ label: b.label, colour: bandColour(b.label, table) })));
  return agents.length;
}
