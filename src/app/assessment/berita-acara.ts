/**
 * "Buat Berita Acara Penilaian" (A3): refreshes `Penilaian`, then writes the assessment minutes
 * (core/decree/berita-acara.ts blocks) as a new Doc in the output folder and logs it in
 * `Log Dokumen`. Each run makes a new Doc with a dated name; earlier ones stay.
 */
import { BERITA_ACARA_TITLE, beritaAcara } from '../../core/decree/berita-acara';
import { formatTanggalWaktu } from '../../core/dates';
import { fileIdFrom } from '../../core/settings';
import { SHEETS } from '../../core/schema';
import { activeUserEmail } from '../../gas/session';
import { logDocument } from '../../gas/sheets';
import { createDocument } from '../../gas/docs';
import { documentState, freeName } from '../../gas/drive';
import { alert } from '../../gas/ui';
import { loadSettings } from '../settings';
import { emblemImage, outputFolder } from '../decree/files';
import { problemLines, refreshAssessment } from './prepare';

export interface BeritaAcaraResult {
  id: string;
  name: string;
  url: string;
  ranked: number;
  proposed: number;
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());

export function makeBeritaAcara(): BeritaAcaraResult & { problems: string } {
  const parsed = loadSettings();
  const state = refreshAssessment(parsed);
  const template = fileIdFrom(parsed.settings.templateId);
  const folder = outputFolder(parsed, template !== '' && documentState(template) === 'ok' ? template : '');
  const now = Date.now();
  const skeleton = beritaAcara({
    settings: state.settings,
    todayMs: now,
    layout: state.layout,
    rows: state.rows,
    result: state.result,
    proposalSize: state.settings.shortlistSize,
  });
  const name = freeName(folder, `${titleCase(BERITA_ACARA_TITLE)} ${formatTanggalWaktu(now)}`);
  const doc = createDocument(name, skeleton, folder, emblemImage(parsed));
  const live = state.rows.map((r, i) => ({ r, x: state.result.rows[i] })).filter(({ r }) => !r.retired && !r.duplicate);
  const ranked = live.filter(({ x }) => x.rank !== null).length;
  const proposed = live.filter(({ x }) => x.proposed).length;
  logDocument(doc.name, doc.url, activeUserEmail(), `Berita acara: ${ranked} calon dinilai, ${proposed} diusulkan`);
  return { ...doc, ranked, proposed, problems: problemLines(state.result) };
}

/** Menu: Penilaian › Buat Berita Acara Penilaian. */
export function runBeritaAcara(): void {
  const r = makeBeritaAcara();
  alert(
    'Buat Berita Acara Penilaian',
    `Berita acara dibuat: "${r.name}"\n${r.url}\n\n${r.ranked} calon dinilai, ${r.proposed} diusulkan kepada Kepala Dinas. Tercatat di lembar "${SHEETS.documents}".${r.problems}`,
  );
}
