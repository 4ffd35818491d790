/**
 * "Uji Kesiapan": on the real deployment, observes each behaviour the product
 * could not confirm offline — in a scratch sheet and a scratch Doc it deletes afterwards — and
 * reports each in Indonesian (core/readiness), recording the result in the `Uji Kesiapan` sheet.
 * It reads the connected Forms' response tabs but never submits or changes a response, and
 * changes nothing else.
 */
import { asText, type Cell } from '../core/cells';
import { DECREE_PROBES, WHOLE_READ_BLOCK, judgeReadiness, readinessMessage, readinessRows, type CheckResult, type FormTabFacts, type NipColumnFacts, type Probe, type ReadinessFacts, type TriggerFacts } from '../core/readiness';
import { READINESS_HEADERS, SHEETS, specOf } from '../core/schema';
import { MANIFEST_SCOPES } from '../core/scopes';
import { fileIdFrom } from '../core/settings';
import { probeFiller } from '../gas/docs';
import { effectiveUserEmail, scriptTimeZone } from '../gas/session';
import { activeSpreadsheet, ensureProductSheet, probeCells, probeWholeSheetRead, replaceBelow, sheetValues, spreadsheetTimeZone } from '../gas/sheets';
import { probeSheetsApi } from '../gas/sheets-api';
import { authorizationOf, installation, projectTriggers } from '../gas/triggers';
import { alert } from '../gas/ui';
import { gatherHealth, when } from './health';
import { readState } from './nominations/state';
import { loadSettings } from './settings';
import { reportFormOfProduct } from './reports';
import { configuredFormIds, responseTabs } from './tab-forms';

export const READINESS_TITLE = 'Uji Kesiapan';

function probe<T>(f: () => T): Probe<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    return { ok: false, error: String((e as Error).message ?? e) };
  }
}

/** The three cell probes in one scratch sheet: "'abc" and "=1+1" as plain text, "'=1+1" in an ordinary cell. */
function cellProbes(): Pick<ReadinessFacts, 'apostrophe' | 'equalsInTextCell' | 'equalsWithApostrophe'> {
  const out = probe(() =>
    probeCells([
      { format: '@', value: "'abc" },
      { format: '@', value: '=1+1' },
      { format: 'General', value: "'=1+1" },
    ]),
  );
  if (!out.ok) return { apostrophe: out, equalsInTextCell: out, equalsWithApostrophe: out };
  const [apostrophe, equals, quoted] = out.value;
  return { apostrophe: { ok: true, value: apostrophe }, equalsInTextCell: { ok: true, value: equals }, equalsWithApostrophe: { ok: true, value: quoted } };
}

interface FormIds {
  nomination: string;
  survey: string;
  report: string;
  voterNipQuestion: string;
}

function formIds(): FormIds {
  const s = loadSettings().settings;
  return {
    nomination: readState().source?.formId || fileIdFrom(s.nominationFormUrl),
    survey: fileIdFrom(s.surveyFormUrl),
    report: reportFormOfProduct() || fileIdFrom(s.reportFormUrl),
    voterNipQuestion: s.voterNipQuestion,
  };
}

/** Every response tab of this spreadsheet and the Form it is resolved to (read only). */
function tabFacts(ids: FormIds): (FormTabFacts & { sheet: GoogleAppsScript.Spreadsheet.Sheet })[] {
  return responseTabs(configuredFormIds).map((t) => ({
    sheet: t.sheet,
    tab: t.sheet.getName(),
    url: t.url,
    formId: t.formId,
    kind: t.formId === '' ? null : t.formId === ids.nomination ? 'nomination' : t.formId === ids.survey ? 'survey' : t.formId === ids.report ? 'report' : null,
  }));
}

/** How the connected Forms' tabs hold the NIP answers they already have: numbers or text (one read per tab). */
function nipFacts(tabs: ReturnType<typeof tabFacts>, ids: FormIds): NipColumnFacts[] {
  const out: NipColumnFacts[] = [];
  for (const t of tabs) {
    if (t.kind === null || t.kind === 'report') continue; // the report Form asks for no NIP
    const values = sheetValues(t.sheet);
    const header = (values[0] ?? []).map((h) => String(h ?? '').trim());
    header.forEach((title, col) => {
      if (title === '' || !(/\bNIP\b/i.test(title) || (ids.voterNipQuestion !== '' && title === ids.voterNipQuestion.trim()))) return;
      let numbers = 0;
      let texts = 0;
      for (const row of values.slice(1)) {
        const v = row[col];
        if (typeof v === 'number') numbers += 1;
        else if (String(v ?? '').trim() !== '') texts += 1;
      }
      out.push({ tab: t.tab, question: title, numbers, texts });
    });
  }
  return out;
}

function triggerFacts(): TriggerFacts {
  const triggers = projectTriggers();
  const byHandler: Record<string, number> = {};
  const byEventType: Record<string, number> = {};
  for (const t of triggers) {
    byHandler[t.handler] = (byHandler[t.handler] ?? 0) + 1;
    byEventType[t.eventType] = (byEventType[t.eventType] ?? 0) + 1;
  }
  const plan = gatherHealth().plan;
  return {
    user: effectiveUserEmail(),
    total: triggers.length,
    byHandler,
    byEventType,
    duplicates: plan.duplicates.length,
    missing: plan.checks.filter((c) => c.state === 'missing').map((c) => c.label),
  };
}

/** Observes everything; a probe that fails is reported as such, never as OK. */
export function observeReadiness(): ReadinessFacts {
  const ids = probe(formIds);
  const tabs = probe(() => tabFacts(ids.ok ? ids.value : { nomination: '', survey: '', report: '', voterNipQuestion: '' }));
  return {
    installation: installation(),
    ...cellProbes(),
    wholeSheetRead: probe(() => probeWholeSheetRead(WHOLE_READ_BLOCK)),
    nipColumns: tabs.ok ? probe(() => nipFacts(tabs.value, ids.ok ? ids.value : { nomination: '', survey: '', report: '', voterNipQuestion: '' })) : tabs,
    formTabs: tabs.ok ? { ok: true, value: tabs.value.map(({ tab, url, formId, kind }) => ({ tab, url, formId, kind })) } : tabs,
    decree: probe(() => {
      const outputs = probeFiller(DECREE_PROBES, 'Uji Kesiapan (coba-coba, akan dihapus)');
      return DECREE_PROBES.map((input, i) => ({ input, output: outputs[i] ?? '' }));
    }),
    triggers: probe(triggerFacts),
    timeZone: probe(() => ({ spreadsheet: spreadsheetTimeZone(), script: scriptTimeZone() })),
    scopes: probe(() => ({ required: [...MANIFEST_SCOPES], ...authorizationOf(MANIFEST_SCOPES) })),
    sheetsApi: probe(() => probeSheetsApi(activeSpreadsheet())),
  };
}

/** Writes the result to `Uji Kesiapan` (a computed sheet, laid out whole each run). */
function record(results: readonly CheckResult[]): void {
  const { sheet } = ensureProductSheet(specOf('readiness'));
  const rows: Cell[][] = [
    READINESS_HEADERS,
    ...readinessRows(results).map((r) => r.map(asText)),
    ['', '', '', ''],
    [asText('Dijalankan'), asText(`${when(Date.now())}${effectiveUserEmail() ? ` oleh ${effectiveUserEmail()}` : ''}`), '', ''],
  ];
  replaceBelow(sheet, 1, rows, READINESS_HEADERS.length);
}

/** The whole check: observe, judge, record; returns the results and the dialog text. */
export function runReadiness(): { results: CheckResult[]; message: string } {
  const results = judgeReadiness(observeReadiness());
  record(results);
  return { results, message: readinessMessage(results, SHEETS.readiness) };
}

/** Menu Status & Bantuan › Uji Kesiapan. */
export function showReadiness(): void {
  alert(READINESS_TITLE, runReadiness().message);
}
