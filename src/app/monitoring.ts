/**
 * `Pemantauan Agen`: computed from `Rencana Tindak` (approval), `Laporan Rencana
 * Tindak` (the counted reports), `Pegawai` (each agent's unit) and `Hasil Survei` (the bands of
 * that unit by semester). Laid out whole after every report and every Rencana Tindak menu; a
 * fixed number of service calls.
 */
import type { ReviewedEntry } from '../core/action-plan-approval';
import { type AgentLine, agentLines, countedReports, type LedgerReport, monitoringSheet, type UnitSemester, unitTrend } from '../core/monitoring';
import { parseRoster } from '../core/roster';
import { specOf } from '../core/schema';
import type { ParsedSettings } from '../core/settings';
import { type BandTable, bandColour } from '../core/survey/bands';
import { bandTableOf } from '../core/survey/config';
import { deriveResults, readRecords } from '../core/survey/results';
import { ensureProductSheet, readSheet, writeMonitoringSheet } from '../gas/sheets';

/** What `Pemantauan Agen` and the monitoring report are computed from, read once. */
export interface MonitoringData {
  table: BandTable;
  reports: LedgerReport[];
  unitOf: (nip: string) => string;
  agents: AgentLine[];
  trend: UnitSemester[];
}

/** Reads `Pegawai`, `Laporan Rencana Tindak` and `Hasil Survei` and computes the agents' lines and their units' trend. */
export function monitoringData(reviewed: readonly ReviewedEntry[], parsed: ParsedSettings): MonitoringData {
  const table = bandTableOf(parsed);
  const [header = [], ...rows] = readSheet('roster') ?? [];
  const roster = parseRoster(header, rows);
  const units = new Map(roster.employees.map((e) => [e.nip, e.unit]));
  const unitOf = (nip: string) => units.get(nip) ?? '';
  const reports = countedReports(readSheet('reports') ?? []);
  const agents = agentLines(reviewed, reports, unitOf);
  const results = deriveResults(readRecords(readSheet('surveyResults')), [], table);
  const trend = unitTrend(agents.map((a) => a.unit), results, table);
  return { table, reports, unitOf, agents, trend };
}

/** Lays out `Pemantauan Agen` from `data`. */
export function writeMonitoring(data: MonitoringData, now: number = Date.now()): void {
  const sheet = monitoringSheet(data.agents, data.trend, data.table, now);
  const { sheet: target } = ensureProductSheet(specOf('monitoring'));
  writeMonitoringSheet(target, sheet, data.table.map((b) => ({ label: b.label, colour: bandColour(b.label, data.table) })));
}

/** Rewrites `Pemantauan Agen` from the records; returns the agents listed. */
export function refreshMonitoring(reviewed: readonly ReviewedEntry[], parsed: ParsedSettings, now: number = Date.now()): number {
  const data = monitoringData(reviewed, parsed);
  writeMonitoring(data, now);
  return data.agents.length;
}
