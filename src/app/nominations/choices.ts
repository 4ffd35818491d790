/**
 * "Perbarui Pilihan Nama di Formulir": the nominee questions offer the roster's eligible
 * employees as choices ("Nama — Unit", N5c), so new ballots need no name matching. Every label
 * written is remembered with its NIP in the hidden sheet `Pilihan Formulir` (older labels stay:
 * earlier answers keep resolving). The Form changes only after the team confirms. A free-text
 * question is not changed unless the team confirms converting it: a dropdown question is added
 * right after it and the old one stays (its answers live in the Form), made optional and marked.
 */
import { asText, type Cell } from '../../core/cells';
import { UserError } from '../../core/errors';
import { eligibility } from '../../core/eligibility';
import { fullNameKey } from '../../core/names';
import { detectMapping } from '../../core/nominations/mapping';
import { choiceLabels, compareText, personKey } from '../../core/nominations/resolve';
import { SHEETS, specOf } from '../../core/schema';
import { addListAfter, type ChoiceKind, describeForm, type FormItemInfo, openForm, setChoices } from '../../gas/forms';
import { withScriptLock } from '../../gas/lock';
import { activeSpreadsheet, ensureProductSheet, replaceBelow } from '../../gas/sheets';
import { alert, confirm } from '../../gas/ui';
import { loadSettings, updateSettings } from '../settings';
import { loadAll, mappingOf } from './record';
import { readState, saveSource } from './state';
import { LOCK_MS, NOMINATION_SETTING_LABEL, questionsOf } from './submit';

const TITLE = 'Perbarui Pilihan Nama di Formulir';
const CHOICE_KINDS = ['LIST', 'CHECKBOX', 'MULTIPLE_CHOICE'];
const TEXT_KINDS = ['TEXT', 'PARAGRAPH_TEXT'];
export const CONVERTED_SUFFIX = ' (pilih dari daftar)';
export const OLD_QUESTION_HELP = 'Pertanyaan lama, tidak perlu diisi lagi: pilih nama pada pertanyaan daftar tepat di bawahnya.';

export interface ChoicePlan {
  labels: { label: string; nip: string }[];
  choiceItems: FormItemInfo[];
  textItems: FormItemInfo[];
}

/** Eligible employees' labels, sorted by label (plain, case-insensitive order). */
export function eligibleLabels(roster: Parameters<typeof choiceLabels>[0]): { label: string; nip: string }[] {
  const all = choiceLabels(roster);
  return roster
    .map((e, i) => ({ e, label: all[i].label }))
    .filter(({ e, label }) => label !== '' && eligibility(e).eligible)
    .map(({ e, label }) => ({ label, nip: personKey(e) }))
    .sort((a, b) => compareText(a.label.toLowerCase(), b.label.toLowerCase()) || compareText(a.label, b.label));
}

/** `Pilihan Formulir` after this update: earlier labels kept, the new ones added or re-pointed. */
export function mergedLabelRows(existing: { label: string; nip: string }[], written: { label: string; nip: string }[]): Cell[][] {
  const byKey = new Map<string, { label: string; nip: string }>();
  for (const l of [...existing, ...written]) byKey.set(fullNameKey(l.label), l);
  return [...byKey.values()].map((l) => [asText(l.label), asText(l.nip)]);
}

/** The menu item. */
export function runUpdateFormChoices(): void {
  const parsed = loadSettings();
  const form = openForm(parsed.settings.nominationFormUrl, NOMINATION_SETTING_LABEL);
  const info = describeForm(form);
  const source = readState().source;
  if (!source || source.formId !== info.id) {
    throw new UserError('Formulir penjaringan belum dihubungkan.', 'Jalankan dulu Penjaringan › Hubungkan Formulir Penjaringan.');
  }
  const ss = activeSpreadsheet();
  const loaded = loadAll(ss);
  const mapping = mappingOf(loaded.settings, questionsOf(info.items));
  const labels = eligibleLabels(loaded.roster);
  if (labels.length === 0) {
    throw new UserError(`Tidak ada pegawai yang memenuhi syarat (PNS tanpa hukuman disiplin) di lembar ${SHEETS.roster}.`, 'Lengkapi Status Kepegawaian dan Hukuman Disiplin, lalu jalankan lagi.');
  }
  const nominees = info.items.filter((i) => mapping.nomineeQuestions.includes(String(i.id)));
  const choiceItems = nominees.filter((i) => CHOICE_KINDS.includes(i.kind));
  let textItems = nominees.filter((i) => TEXT_KINDS.includes(i.kind));

  if (textItems.length > 0) {
    const names = textItems.map((i) => `"${i.title}"`).join(', ');
    const convert = confirm(
      TITLE,
      `Pertanyaan ${names} berupa isian teks bebas, jadi pilihan nama tidak bisa dipasang di sana.\n\n` +
        'Bila Anda setuju, di bawah setiap pertanyaan itu ditambahkan pertanyaan daftar pilihan (dropdown) berisi nama pegawai yang memenuhi syarat. ' +
        'Pertanyaan teks lama TIDAK dihapus (jawaban yang sudah masuk tersimpan di sana), hanya dijadikan tidak wajib dan diberi keterangan agar tidak diisi lagi. Keduanya tetap dihitung.\n\n' +
        'Ubah pertanyaan teks menjadi daftar pilihan?',
    );
    if (!convert) textItems = [];
  }
  if (choiceItems.length === 0 && textItems.length === 0) {
    alert(TITLE, 'Formulir tidak diubah: pertanyaan calon berupa isian teks bebas dan tidak disetujui untuk diubah menjadi daftar pilihan.');
    return;
  }
  const changes = [
    ...choiceItems.map((i) => `• "${i.title}": pilihannya diganti dengan ${labels.length} nama pegawai yang memenuhi syarat`),
    ...textItems.map((i) => `• "${i.title}": ditambah pertanyaan daftar pilihan "${i.title}${CONVERTED_SUFFIX}"`),
  ];
  if (!confirm(TITLE, `Formulir "${info.title}" akan diubah:\n${changes.join('\n')}\n\nLanjutkan?`)) {
    alert(TITLE, 'Formulir tidak diubah.');
    return;
  }

  const out = withScriptLock(LOCK_MS, () => {
    const values = labels.map((l) => l.label);
    for (const item of choiceItems) setChoices(form, item.id, item.kind as ChoiceKind, values);
    const added: string[] = [];
    for (const item of textItems) {
      const title = `${item.title}${CONVERTED_SUFFIX}`;
      addListAfter(form, item.id, title, values, OLD_QUESTION_HELP);
      added.push(title);
    }
    const { sheet } = ensureProductSheet(specOf('formChoices'), ss);
    replaceBelow(sheet, 2, mergedLabelRows(loaded.labels, labels), 2);
    if (added.length > 0) {
      const questions = questionsOf(describeForm(form).items);
      const voterNip = mapping.voterNipLabel ?? '';
      const next = detectMapping(questions, { nomineeQuestions: [...mapping.nomineeLabels, ...added], voterNipQuestion: voterNip });
      updateSettings(parsed, { nomineeQuestions: next.nomineeLabels.join('\n'), voterNipQuestion: voterNip });
      const keys = [...next.nomineeQuestions, ...(next.voterNipQuestion ? [next.voterNipQuestion] : [])];
      saveSource({ ...source, questions, written: { nominees: next.nomineeLabels, voterNip, keys } });
    }
    return added;
  });
  if (!out.ran) throw new UserError('Proses lain sedang menulis rekap penjaringan.', 'Tunggu sebentar, lalu jalankan lagi.');
  const lines = [`Formulir "${info.title}" diperbarui: ${labels.length} nama pegawai yang memenuhi syarat menjadi pilihan.`];
  if (out.value.length > 0) lines.push(`Pertanyaan baru: ${out.value.map((t) => `"${t}"`).join(', ')} (ditambahkan juga ke Pertanyaan Calon di Pengaturan).`);
  lines.push('Jalankan menu ini lagi setiap kali data pegawai berubah.');
  alert(TITLE, lines.join('\n'));
}
