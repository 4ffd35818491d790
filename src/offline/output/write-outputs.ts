/**
 * Writes what offline mode hands back: the workbook, the berita acara, the draft decree and the
 * monitoring report as Word documents, and summary.json. Everything is written into a fresh temporary folder first and
 * moved into place at the end, so a failure never leaves half-written files in the output folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SHEETS } from '../../core/schema';
import { fileIdFrom } from '../../core/settings';
import { exportDocx } from './docx';
import { exportXlsx } from './xlsx';
import { buildSummary, type SummaryOptions } from './summary';
import type { Workspace } from '../workspace/index';

export const OUTPUT_FILES = {
  workbook: 'Rekap Agen Perubahan.xlsx',
  beritaAcara: 'Berita Acara Penilaian.docx',
  decree: 'Draf SK Agen Perubahan.docx',
  monitoring: 'Laporan Pemantauan Agen Perubahan.docx',
  summary: 'summary.json',
} as const;

export interface OutputOptions extends SummaryOptions {
  /** Doc ids to export; by default the latest of each kind logged in `Log Dokumen`. */
  beritaAcaraId?: string | null;
  decreeId?: string | null;
  monitoringId?: string | null;
}

export interface WrittenOutputs {
  dir: string;
  /** Absolute paths of the files written, by kind. */
  files: Partial<Record<keyof typeof OUTPUT_FILES, string>>;
}

/** The latest Doc of each kind in `Log Dokumen` (by the document's name in column "Dokumen"). */
export function loggedDocuments(ws: Workspace): { beritaAcara: string | null; decree: string | null; monitoring: string | null } {
  const values = ws.sheets.values(ws.spreadsheetId, SHEETS.documents) ?? [];
  const header = (values[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const docCol = header.indexOf('dokumen');
  const linkCol = header.indexOf('tautan');
  const found = { beritaAcara: null as string | null, decree: null as string | null, monitoring: null as string | null };
  if (docCol < 0 || linkCol < 0) return found;
  for (const row of values.slice(1)) {
    const name = String(row[docCol] ?? '');
    const id = fileIdFrom(String(row[linkCol] ?? ''));
    if (!id) continue;
    if (/berita\s*acara/i.test(name)) found.beritaAcara = id;
    else if (/laporan\s*pemantauan/i.test(name)) found.monitoring = id;
    else if (/template/i.test(name)) continue;
    else if (/\bSK\b|keputusan/i.test(name)) found.decree = id;
  }
  return found;
}

/**
 * Writes the outputs of a workspace into `outDir` (created): the workbook always, each document
 * when there is one, summary.json with the sections the workspace holds. Files of an earlier run
 * that this run does not produce (e.g. an old decree) are removed, so the folder never mixes runs.
 */
export async function writeOutputs(ws: Workspace, outDir: string, options: OutputOptions = {}): Promise<WrittenOutputs> {
  const dir = resolve(outDir);
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, `.${basename(dir)}.tmp-`));
  try {
    const logged = loggedDocuments(ws);
    const baId = options.beritaAcaraId === undefined ? logged.beritaAcara : options.beritaAcaraId;
    const decreeId = options.decreeId === undefined ? logged.decree : options.decreeId;
    const monitoringId = options.monitoringId === undefined ? logged.monitoring : options.monitoringId;
    const produced: (keyof typeof OUTPUT_FILES)[] = [];

    writeFileSync(join(tmp, OUTPUT_FILES.workbook), await exportXlsx(ws));
    produced.push('workbook');
    if (baId) {
      writeFileSync(join(tmp, OUTPUT_FILES.beritaAcara), await exportDocx(ws, baId, 'Berita Acara Penilaian'));
      produced.push('beritaAcara');
    }
    if (decreeId) {
      writeFileSync(join(tmp, OUTPUT_FILES.decree), await exportDocx(ws, decreeId, 'Draf SK Agen Perubahan'));
      produced.push('decree');
    }
    if (monitoringId) {
      writeFileSync(join(tmp, OUTPUT_FILES.monitoring), await exportDocx(ws, monitoringId, 'Laporan Pemantauan Agen Perubahan'));
      produced.push('monitoring');
    }
    writeFileSync(join(tmp, OUTPUT_FILES.summary), `${JSON.stringify(buildSummary(ws, options), null, 2)}\n`);
    produced.push('summary');

    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new Error(`${dir} bukan folder.`);
    if (!existsSync(dir) || readdirSync(dir).length === 0) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
    } else {
      for (const kind of Object.keys(OUTPUT_FILES) as (keyof typeof OUTPUT_FILES)[]) {
        const target = join(dir, OUTPUT_FILES[kind]);
        if (produced.includes(kind)) renameSync(join(tmp, OUTPUT_FILES[kind]), target);
        else rmSync(target, { force: true });
      }
      rmSync(tmp, { recursive: true, force: true });
    }
    const files: WrittenOutputs['files'] = {};
    for (const kind of produced) files[kind] = join(dir, OUTPUT_FILES[kind]);
    return { dir, files };
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}
