/**
 * The spreadsheet route (add-on): one spreadsheet form-submit trigger serves every Form whose
 * responses land in this spreadsheet. The event's tab says which Form sent it
 * (`Sheet.getFormUrl()`); each use case registers one route below that claims its own Form's
 * events and returns false for others. Registering a Form is one line in ROUTES.
 */
import { HANDLERS } from '../core/health';
import { UserError } from '../core/errors';
import { eventTab } from '../gas/sheets';
import { formIdOfTab } from './tab-forms';
import { readProperties, type PropertySnapshot } from '../gas/properties';
import { recordRun, runRecord } from './health';
import { handleNominationSheetEvent, type SheetRouteContext } from './nominations/submit';
import { triggerAction } from './run';
import { handleSurveySheetEvent } from './survey/submit';
import { handleReportSheetEvent } from './reports';

export interface SpreadsheetSubmitEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  values?: string[];
  namedValues?: Record<string, string[]>;
  triggerUid?: string;
}

/** A route: handles the event and returns true when it came from its Form's tab. */
export type SheetRoute = (e: SpreadsheetSubmitEvent, ctx: SheetRouteContext) => boolean;

/** The registered routes, tried in order until one claims the event. */
export const ROUTES: SheetRoute[] = [
  handleNominationSheetEvent,
  handleSurveySheetEvent,
  handleReportSheetEvent,
];

export const ROUTE_PROCESS = 'Kiriman Formulir (lembar tanggapan)';

/** The document properties read once for the routing (null when Google refused: each route then reads its own). */
function firstLook(): PropertySnapshot | null {
  try {
    return readProperties();
  } catch (e) {
    console.error(`Properti dokumen tidak terbaca: ${String(e)}`);
    return null;
  }
}

/**
 * Installable spreadsheet form-submit trigger (handler HANDLERS.spreadsheetSubmit). The document
 * properties are read once before the lock (the tab's Form, which route claims it, the run
 * record) and written once at the end; each route reads them again under the lock with one call
 * (PropertySnapshot.reread).
 */
export function onSpreadsheetFormSubmit(e?: SpreadsheetSubmitEvent): void {
  const run = runRecord();
  const props = firstLook();
  try {
    routeEvent(e, props);
  } finally {
    if (props) {
      recordRun('spreadsheetSubmit', props, run);
      try {
        props.commit();
      } catch (err) {
        console.error(`Catatan pemicu tidak tersimpan: ${String(err)}`);
      }
    } else recordRun('spreadsheetSubmit', undefined, run);
  }
}

function routeEvent(e: SpreadsheetSubmitEvent | undefined, props: PropertySnapshot | null): void {
  triggerAction(ROUTE_PROCESS, () => {
    if (!e || !e.range) return; // A blank event: the next event or a re-sync reads the tab anyway.
    const tab = eventTab(e.range);
    if (tab.formUrl === '') return; // Not a response tab.
    const formId = formIdOfTab(tab.formUrl, undefined, props ?? undefined);
    if (formId === '') {
      // Never ignored in silence: the tab's Form could be one of ours.
      throw new UserError(
        `Kiriman di tab "${tab.sheet.getName()}" tidak dapat diproses: formulir yang mengisinya (${tab.formUrl}) tidak dapat dikenali.`,
        'Pastikan akun pemilik pemicu dapat mengedit formulir itu, lalu jalankan Uji Kesiapan dan Sinkronkan Ulang (Penjaringan atau Survei) agar kiriman ini ikut dihitung.',
      );
    }
    const ctx: SheetRouteContext = { ...tab, formId, props: props ?? undefined };
    for (const route of ROUTES) if (route(e, ctx)) return;
  });
}

export const SPREADSHEET_SUBMIT_HANDLER = HANDLERS.spreadsheetSubmit;
