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

export type FormKind = 'nomination' | 'survey';

/** What the settings and the Forms say about one Form. */
export interface FormFacts {
  kind: FormKind;
  /** File id from the URL in Pengaturan, '' when none is set. */
  formId: string;
  /** True once "Hubungkan Formulir …" wrote the question mapping back to Pengaturan. */
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
}

export interface TriggerPlan {
  checks: TriggerCheck[];
  /** Uids of extra copies of the same trigger (same handler, event and source). */
  duplicates: string[];
  /** Uids of form-submit triggers whose Form is no longer configured. */
  stale: string[];
}

export const FORM_LABELS: Record<FormKind, { label: string; menu: string; setting: string }> = {
  nomination: {
    label: 'Kiriman Formulir Penjaringan',
    menu: 'Penjaringan › Hubungkan Formulir Penjaringan',
    setting: 'URL Formulir Penjaringan',
  },
  survey: {
    label: 'Kiriman Formulir Survei',
    menu: 'Survei › Hubungkan Formulir Survei',
    setting: 'URL Formulir Survei',
  },
};

const FORM_HANDLER: Record<FormKind, string> = {
  nomination: HANDLERS.nominationSubmit,
  survey: HANDLERS.surveySubmit,
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
  checks.push(
    withOtherOwner(
      {
        key: 'daily',
        label: 'Pemeriksaan Harian',
        handler: HANDLERS.dailyCheck,
        state: daily ? 'ok' : 'missing',
        via: daily ? 'clock' : null,
        detail: daily
          ? `Berjalan setiap hari sekitar pukul ${String(DAILY_CHECK_HOUR).padStart(2, '0')}.00 WITA dan memasang kembali pemicu yang hilang.`
          : 'Belum terpasang. Tekan "Perbaiki Pemicu" untuk memasangnya.',
      },
      otherOwners.daily,
    ),
  );
  return { checks, duplicates, stale };
}

/**
 * Google lists only the current user's triggers. A trigger that is missing here but ran recently
 * under another account is that account's: installing a second one would deliver events twice.
 */
function withOtherOwner(check: TriggerCheck, owner: string | undefined): TriggerCheck {
  if (check.state !== 'missing' || !owner) return check;
  return {
    ...check,
    state: 'other-owner',
    detail: `Tampaknya terpasang oleh akun ${owner} (pemicu akun lain tidak terlihat dari akun Anda). Minta ${owner} membuka Status & Bantuan bila perlu diperbaiki.`,
  };
}

const HANDLER_TO_KIND: Record<string, FormKind> = {
  [HANDLERS.nominationSubmit]: 'nomination',
  [HANDLERS.surveySubmit]: 'survey',
};

function checkForm(f: FormFacts, triggers: TriggerFact[], route: boolean): TriggerCheck {
  const names = FORM_LABELS[f.kind];
  const base = { key: f.kind, label: names.label, handler: FORM_HANDLER[f.kind] } as const;
  if (!f.formId) {
    return { ...base, state: 'not-configured', via: null, detail: `Belum ada formulir: isi "${names.setting}" di Pengaturan.` };
  }
  if (f.openProblem) {
    return { ...base, state: 'problem', via: null, detail: f.openProblem };
  }
  const onForm = triggers.some((t) => t.handler === FORM_HANDLER[f.kind] && isFormSubmit(t) && t.sourceId === f.formId);
  if (onForm) return { ...base, state: 'ok', via: 'form', detail: 'Terpasang pada formulir: setiap kiriman langsung diproses.' };
  if (route && f.destinationIsThisSpreadsheet) {
    return {
      ...base,
      state: 'ok',
      via: 'spreadsheet',
      detail: 'Terpasang lewat spreadsheet ini (jawaban formulir masuk ke tab di spreadsheet ini).',
    };
  }
  if (!f.connected) {
    return { ...base, state: 'not-configured', via: null, detail: `Formulir belum dihubungkan: jalankan menu ${names.menu}.` };
  }
  return {
    ...base,
    state: 'missing',
    via: null,
    detail: 'Pemicu TIDAK terpasang: kiriman baru tidak diproses. Tekan "Perbaiki Pemicu", lalu jalankan Sinkronkan Ulang.',
  };
}

/** One line of the repair summary per action, in Indonesian. */
export interface RepairOutcome {
  removedDuplicates: number;
  removedStale: number;
  installed: string[];
  /** Problems the repair could not solve, each saying what to do. */
  unresolved: string[];
}

/** The summary the team reads after "Perbaiki Pemicu" or in the daily check's note. */
export function repairSummary(r: RepairOutcome): string {
  const parts: string[] = [];
  if (r.removedDuplicates > 0) parts.push(`${r.removedDuplicates} pemicu ganda dihapus.`);
  if (r.removedStale > 0) parts.push(`${r.removedStale} pemicu formulir lama dihapus.`);
  if (r.installed.length > 0) parts.push(`Dipasang kembali: ${r.installed.join(', ')}.`);
  parts.push(...r.unresolved);
  if (parts.length === 0) return 'Semua pemicu sudah lengkap; tidak ada yang perlu diperbaiki.';
  return parts.join(' ');
}

/** True when the repair changed anything (worth a note in the daily log). */
export function repairChanged(r: RepairOutcome): boolean {
  return r.removedDuplicates + r.removedStale + r.installed.length > 0 || r.unresolved.length > 0;
}
