/**
 * The team's assessment and the head's choice from the settings JSON, typed into `Penilaian` the
 * way the team would: the extra assessors named in `Pengaturan` (Penilai Tambahan), "Siapkan
 * Penilaian" clicked, then each score typed into its assessor's block, `Ditetapkan` ticked and
 * `Peran` chosen for each agent, and "Siapkan Penilaian" clicked again so totals and ranks follow.
 *
 * An assessor is the candidate's supervisor (the first block, "Atasan Langsung") when `penilai`
 * says "atasan", or is the supervisor's NIP or name as in `Pegawai`; anyone else gets a block of
 * their own under the name written.
 */
import { SUPERVISOR_ASSESSOR } from '../../core/assessment/layout';
import { normalizeName } from '../../core/names';
import { digitsOf } from '../../core/nip';
import { parseRoster } from '../../core/roster';
import { SHEETS } from '../../core/schema';
import { InputError, type OfflineSettings } from './read-inputs';
import { setSetting } from './enter-inputs';
import type { CellValue } from '../workspace/index';
import type { Workspace } from '../workspace/index';

const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Supervisor (NIP and titled name) of each employee, from `Pegawai`. */
function supervisors(ws: Workspace): Map<string, { nip: string; name: string }> {
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.roster) ?? [];
  const { employees } = parseRoster(values[0] ?? [], values.slice(1));
  const byNip = new Map(employees.map((e) => [e.nip, e]));
  const out = new Map<string, { nip: string; name: string }>();
  for (const e of employees) {
    if (e.supervisorNip) out.set(e.nip, { nip: e.supervisorNip, name: byNip.get(e.supervisorNip)?.name ?? '' });
  }
  return out;
}

/** True when `penilai` designates the candidate's supervisor. */
export function isSupervisor(penilai: string, supervisor: { nip: string; name: string } | undefined): boolean {
  if (/^atasan( langsung)?$/.test(key(penilai))) return true;
  if (!supervisor) return false;
  const digits = digitsOf(penilai);
  if (digits.length === 18) return digits === supervisor.nip;
  return supervisor.name !== '' && normalizeName(penilai) === normalizeName(supervisor.name);
}

/** The names that need a block of their own (Penilai Tambahan), in order of first appearance. */
export function extraAssessors(settings: OfflineSettings, sup: Map<string, { nip: string; name: string }>): string[] {
  const out: string[] = [];
  for (const p of settings.penilaian) {
    const name = p.penilai.replace(/\s+/g, ' ').trim();
    if (isSupervisor(name, sup.get(p.nip))) continue;
    if (!out.some((o) => key(o) === key(name))) out.push(name);
  }
  return out;
}

interface SheetLayout {
  firstRow: number;
  nipCol: number;
  chosenCol: number;
  roleCol: number;
  /** Score columns (0-based) by assessor label key. */
  blocks: Map<string, number[]>;
  rowsByNip: Map<string, number>;
}

/** Reads where things are in `Penilaian` (headings in row 1, headers in row 2). */
function layoutOf(values: CellValue[][], criteria: number): SheetLayout {
  const top = (values[0] ?? []).map((v) => String(v ?? '').trim());
  const second = (values[1] ?? []).map((v) => key(String(v ?? '')));
  const nipCol = second.indexOf('nip');
  const blocks = new Map<string, number[]>();
  top.forEach((heading, col) => {
    const m = /^Penilai \d+:\s*(.*)$/.exec(heading);
    if (m) blocks.set(key(m[1]), Array.from({ length: criteria }, (_, k) => col + k));
  });
  const rowsByNip = new Map<string, number>();
  values.slice(2).forEach((row, i) => {
    const nip = digitsOf(String(row[nipCol] ?? ''));
    if (nip !== '' && !rowsByNip.has(nip)) rowsByNip.set(nip, i + 3);
  });
  return { firstRow: 3, nipCol, chosenCol: second.indexOf('ditetapkan'), roleCol: second.indexOf('peran'), blocks, rowsByNip };
}

/** Types the assessment and the choice into `Penilaian` (see the file comment). */
export function fillAssessment(ws: Workspace, settings: OfflineSettings, file: string, click: (caption: RegExp) => unknown): void {
  const sup = supervisors(ws);
  setSetting(ws, 'assessors', extraAssessors(settings, sup).join('\n'));
  click(/^siapkan penilaian/i);
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.assessment);
  if (!values || values.length < 3) throw new InputError(`${file}: lembar Penilaian tidak terbentuk: daftar pendek penjaringan masih kosong.`);
  const criteria = settings.penilaian[0]?.skor.length ?? 4;
  const layout = layoutOf(values, criteria);
  if (layout.nipCol < 0 || layout.chosenCol < 0 || layout.roleCol < 0) throw new Error('Penilaian: NIP/Ditetapkan/Peran columns not found');

  const rowOf = (nip: string, where: string): number => {
    const row = layout.rowsByNip.get(nip);
    if (row === undefined) throw new InputError(`${file}: ${where} NIP ${nip} tidak ada di daftar pendek (lembar Penilaian); hanya calon daftar pendek yang dinilai dan ditetapkan.`);
    return row;
  };
  const write = (row: number, col0: number, cells: CellValue[]) => ws.sheets.userWrite(ws.spreadsheetId, SHEETS.assessment, row, col0 + 1, [cells]);

  settings.penilaian.forEach((p, i) => {
    const row = rowOf(p.nip, `penilaian[${i}]:`);
    const label = isSupervisor(p.penilai, sup.get(p.nip)) ? SUPERVISOR_ASSESSOR : p.penilai;
    const cols = layout.blocks.get(key(label));
    if (!cols) throw new Error(`Penilaian: no block for assessor "${label}"`);
    write(row, cols[0], p.skor);
  });
  settings.agen.forEach((a, i) => {
    const row = rowOf(a.nip, `agen[${i}]:`);
    write(row, layout.chosenCol, [true]);
    if (a.peran) write(row, layout.roleCol, [a.peran]);
  });
  click(/^siapkan penilaian/i);
}
