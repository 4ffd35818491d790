/**
 * Trigger health as a pure decision: which installable triggers the product expects from the
 * settings, which of the present ones satisfy them, which are duplicates (a trigger installed
 * twice delivers every event twice) and which are stale (a form-submit trigger on a Form that is
 * no longer configured would feed old answers into the tally).
 */

/** Handler names of the product's installable triggers (top-level functions of src/index.ts). */
export const HANDLERS = {
  nominationSubmit: 'onNominationFormSubmit',
  surveySubmit: 'onSurveyFormSubmit',
  spreadsheetSubmit: 'onSpreadsheetFormSubmit',
  dailyCheck: 'cekHarian',
  /** The product's own report Form (Buat Formulir Laporan). */
  reportSubmit: 'onReportFormSubmit',
} as const;

/** Hour (script time zone, WITA) of the daily check. */
export const DAILY_CHECK_HOUR = 6;

/** A trigger as plain data (structurally gas/triggers TriggerInfo). */
export interface TriggerFact {
  uid: string;
  handler: string;
  /** 'ON_FORM_SUBMIT', 'CLOCK', … */
  eventType: string;
  /** 'FORMS', 'SPREADSHEETS', 'CLOCK' */
  source: string;
  sourceId: string;
}

export type FormKind = 'nomination' | 'survey' | 'report';

/** What the settings and the Forms say about one Form. */
export interface FormFacts {
  kind: FormKind;
  /** File id from the URL in Pengaturan, '' when none is set. */
  formId: string;
  /** True once "Hubungkan Formulir …" wrote the question mapping back to Pengaturan (the report Form: once the product made it). */
  connected: boolean;
  /** The Form's response destination is this spreadsheet (the add-on route can serve it). */
  destinationIsThisSpreadsheet: boolean;
  /** Why the Form could not be opened, or null. */
  openProblem: string | null;
}

export type TriggerState = 'ok' | 'missing' | 'other-owner' | 'not-configured' | 'problem';

export interface TriggerCheck {
  key: FormKind | 'daily';
  label: string;
  handler: string;
  state: TriggerState;
  /** How it is served when ok: 'form' (trigger on the Form), 'spreadsheet' (route), 'clock'. */
  via: 'form' | 'spreadsheet' | 'clock' | null;
  /** Indonesian explanation for the team. */
  detail: string;
  /** For a red item (missing, problem): what it means for the team's data, in Indonesian; else ''. */
  meaning: string;
}

export interface TriggerPlan {
  checks: TriggerCheck[];
  /** Uids of extra copies of the same trigger (same handler, event and source). */
  duplicates: string[];
  /** Uids of form-submit triggers whose Form is no longer configured. */
  stale: string[];
}

export const FORM_LABELS: Record<FormKind, { label: string; menu: string; setting: string; resync: string | null }> = {
  nomination: {
    label: 'Kiriman Formulir Penjaringan',
    menu: 'Penjaringan › Hubungkan Formulir Penjaringan',
    setting: 'URL Formulir Penjaringan',
    resync: 'Penjaringan › Sinkronkan Ulang Penjaringan',
  },
  survey: {
    label: 'Kiriman Formulir Survei',
    menu: 'Survei › Hubungkan Formulir Survei',
    setting: 'URL Formulir Survei',
    resync: 'Survei › Sinkronkan Ulang Survei',
  },
  // The product's own Form (Buat Formulir Laporan): there is no re-sync of reports.
  report: {
    label: 'Kiriman Formulir Laporan',
    menu: 'Rencana Tindak › Buat Formulir Laporan',
    setting: 'URL Formulir Laporan',
    resync: null,
  },
};

const FORM_HANDLER: Record<FormKind, string> = {
  nomination: HANDLERS.nominationSubmit,
  survey: HANDLERS.surveySubmit,
  report: HANDLERS.reportSubmit,
};

const signature = (t: TriggerFact): string => `${t.handler}|${t.eventType}|${t.sourceId}`;
const isFormSubmit = (t: TriggerFact): boolean => t.eventType === 'ON_FORM_SUBMIT';

/**
 * Decides the health of the product's triggers. Only the product's own handlers are judged;
 * one-off continuation triggers and anything else are left alone.
 */
export function planTriggers(
  forms: FormFacts[],
  present: TriggerFact[],
  spreadsheetId: string,
  otherOwners: Partial<Record<FormKind | 'daily', string>> = {},
): TriggerPlan {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const unique: TriggerFact[] = [];
  const ours = new Set<string>(Object.values(HANDLERS));
  for (const t of present) {
    if (!ours.has(t.handler)) continue;
    const key = signature(t);
    if (seen.has(key)) duplicates.push(t.uid);
    else {
      seen.add(key);
      unique.push(t);
    }
  }

  const configuredIds = new Map<string, string>();
  for (const f of forms) if (f.formId) configuredIds.set(FORM_HANDLER[f.kind], f.formId);
  // A Form that could not be opened (outage, lost access) proves nothing: its triggers stay.
  const unsure = new Set(forms.filter((f) => f.openProblem).map((f) => FORM_HANDLER[f.kind]));
  const stale = unique
    .filter(
      (t) =>
        isFormSubmit(t) &&
        t.source === 'FORMS' &&
        t.handler in HANDLER_TO_KIND &&
        !unsure.has(t.handler) &&
        configuredIds.get(t.handler) !== t.sourceId,
    )
    .map((t) => t.uid);

  const route = unique.some(
    (t) => t.handler === HANDLERS.spreadsheetSubmit && isFormSubmit(t) && (t.sourceId === spreadsheetId || t.sourceId === ''),
  );
  const checks: TriggerCheck[] = forms.map((f) => withOtherOwner(checkForm(f, unique, route), otherOwners[f.kind]));
  const daily = unique.some((t) => t.handler === HANDLERS.dailyCheck && t.eventType === 'CLOCK');
  // The daily check is installed with the first connected Form: before that it is not needed.
  const needed = forms.some((f) => f.connected);
  const hour = `${String(DAILY_CHECK_HOUR).padStart(2, '0')}.00 WITA`;
  const dailyCheck: TriggerCheck = daily
    ? { ...DAILY, state: 'ok', via: 'clock', detail: `Berjalan setiap hari sekitar pukul ${hour} dan memasang kembali pemicu yang hilang.`, meaning: '' }
    : needed
      ? {
          ...DAILY,
          state: 'missing',
          via: null,
          detail: 'Belum terpasang. Tekan "Perbaiki Pemicu" untuk memasangnya.',
          meaning: `Tanpa pemeriksaan harian, pemicu formulir yang hilang tidak dipasang kembali sendiri setiap pagi (sekitar pukul ${hour}); kiriman baru bisa tidak terhitung tanpa ada yang tahu.`,
        }
      : {
          ...DAILY,
          state: 'not-configured',
          via: null,
          detail: 'Dipasang otomatis saat formulir pertama dihubungkan (menu Penjaringan atau Survei › Hubungkan Formulir). Belum diperlukan.',
          meaning: '',
        };
  checks.push(withOtherOwner(dailyCheck, otherOwners.daily));
  return { checks, duplicates, stale };
}

const DAILY = { key: 'daily', label: 'Pemeriksaan Harian', handler: HANDLERS.dailyCheck } as const;

/**
 * Google lists only the current user's triggers. A trigger that is missing here but ran recently
 * under another account is that account's: installing a second one would deliver events twice.
 */
function withOtherOwner(check: TriggerCheck, owner: string | undefined): TriggerCheck {
  if (check.state !== 'missing' || !owner) return check;
  return {
    ...check,
    meaning: '',
    state: 'other-owner',
    detail: `Tampaknya terpasang oleh akun ${owner} (pemicu akun lain tidak terlihat dari akun Anda). Minta ${owner} membuka Status & Bantuan bila perlu diperbaiki.`,
  };
}

const HANDLER_TO_KIND: Record<string, FormKind> = {
  [HANDLERS.nominationSubmit]: 'nomination',
  [HANDLERS.surveySubmit]: 'survey',
  [HANDLERS.reportSubmit]: 'report',
};

function checkForm(f: FormFacts, triggers: TriggerFact[], route: boolean): TriggerCheck {
  const names = FORM_LABELS[f.kind];
  const base = { key: f.kind, label: names.label, handler: FORM_HANDLER[f.kind] } as const;
  if (!f.formId) {
    const how = f.kind === 'report' ? `belum dibuat: jalankan menu ${names.menu} setelah rencana tindak disetujui` : `isi "${names.setting}" di Pengaturan`;
    return { ...base, state: 'not-configured', via: null, detail: `Belum ada formulir: ${how}.`, meaning: '' };
  }
  if (f.openProblem) {
    return {
      ...base,
      state: 'problem',
      via: null,
      detail: f.openProblem,
      meaning: `Formulir tidak dapat dibuka dengan tautan "${names.setting}" di Pengaturan, sehingga pemicunya tidak dapat diperiksa atau dipasang. Periksa tautannya dan pastikan akun Anda punya akses edit ke formulir.`,
    };
  }
  const onForm = triggers.some((t) => t.handler === FORM_HANDLER[f.kind] && isFormSubmit(t) && t.sourceId === f.formId);
  if (onForm) return { ...base, state: 'ok', via: 'form', detail: 'Terpasang pada formulir: setiap kiriman langsung diproses.', meaning: '' };
  if (route && f.destinationIsThisSpreadsheet) {
    return {
      ...base,
      state: 'ok',
      via: 'spreadsheet',
      detail: 'Terpasang lewat spreadsheet ini (jawaban formulir masuk ke tab di spreadsheet ini).',
      meaning: '',
    };
  }
  if (!f.connected) {
    return { ...base, state: 'not-configured', via: null, detail: `Formulir belum dihubungkan: jalankan menu ${names.menu}.`, meaning: '' };
  }
  return {
    ...base,
    state: 'missing',
    via: null,
    detail: 'Pemicu TIDAK terpasang: kiriman baru tidak diproses. Tekan "Perbaiki Pemicu", lalu jalankan Sinkronkan Ulang.',
    meaning: names.resync
      ? `Kiriman baru dari formulir ini tidak dihitung sampai pemicunya dipasang. Kiriman yang terlewat ikut dihitung setelah ${names.resync}.`
      : `Laporan baru tidak masuk ke lembar Laporan Rencana Tindak sampai pemicunya dipasang. Laporan yang terlewat tetap tersimpan di formulir (Tanggapan); minta agen mengirimnya lagi setelah pemicu dipasang.`,
  };
}

/** One line of the repair summary per action, in Indonesian. */
export interface RepairOutcome {
  removedDuplicates: number;
  removedStale: number;
  /** Labels of triggers installed for the first time. */
  installed: string[];
  /** Labels of triggers installed before that had gone missing. */
  reinstalled: string[];
  /** Problems the repair could not solve, each saying what to do. */
  unresolved: string[];
}

/** The summary the team reads after "Perbaiki Pemicu" or in the daily check's note. */
export function repairSummary(r: RepairOutcome): string {
  const parts: string[] = [];
  if (r.removedDuplicates > 0) parts.push(`${r.removedDuplicates} pemicu ganda dihapus.`);
  if (r.removedStale > 0) parts.push(`${r.removedStale} pemicu formulir lama dihapus.`);
  if (r.installed.length > 0) parts.push(`Dipasang: ${r.installed.join(', ')}.`);
  if (r.reinstalled.length > 0) parts.push(`Dipasang kembali: ${r.reinstalled.join(', ')}.`);
  parts.push(...r.unresolved);
  if (parts.length === 0) return 'Semua pemicu sudah lengkap; tidak ada yang perlu diperbaiki.';
  return parts.join(' ');
}

/** True when the repair changed anything (worth a note in the daily log). */
export function repairChanged(r: RepairOutcome): boolean {
  return r.removedDuplicates + r.removedStale + r.installed.length + r.reinstalled.length > 0 || r.unresolved.length > 0;
}

/**
 * What "Perbaiki Pemicu" will do for this plan, one Indonesian phrase per action, in the order
 * the repair does them; [] when there is nothing to do. `installedBefore`: checks the product
 * installed (or saw working) at some time, so their reinstall is "memasang kembali".
 */
export function repairPlan(plan: TriggerPlan, installedBefore: ReadonlySet<TriggerCheck['key']>): string[] {
  const out: string[] = [];
  if (plan.duplicates.length > 0) out.push(`menghapus ${plan.duplicates.length} pemicu ganda (setiap kiriman kini diproses lebih dari sekali)`);
  if (plan.stale.length > 0) out.push(`menghapus ${plan.stale.length} pemicu pada formulir yang tidak lagi dipakai`);
  for (const c of plan.checks) {
    if (c.state !== 'missing') continue;
    const again = installedBefore.has(c.key) ? ' kembali' : '';
    out.push(c.key === 'daily' ? `memasang${again} ${c.label}` : `memasang${again} pemicu ${c.label}`);
  }
  for (const c of plan.checks) {
    if (c.state === 'problem') out.push(`tidak dapat memperbaiki ${c.label}: periksa tautannya di Pengaturan (tombol ini tidak mengubah formulir)`);
  }
  return out;
}
