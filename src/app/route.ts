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
import { recordRun } from './health';
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

/** Installable spreadsheet form-submit trigger (handler HANDLERS.spreadsheetSubmit). */
export function onSpreadsheetFormSubmit(e?: SpreadsheetSubmitEvent): void {
  recordRun('spreadsheetSubmit');
  triggerAction(ROUTE_PROCESS, () => {
    if (!e || !e.range) return; // A blank event: the next event or a re-sync reads the tab anyway.
    const tab = eventTab(e.range);
    if (tab.formUrl === '') return; // Not a response tab.
    const formId = formIdOfTab(tab.formUrl);
    if (formId === '') {
      // Never ignored in silence: the tab's Form could be one of ours.
      throw new UserError(
        `Kiriman di tab "${tab.sheet.getName()}" tidak dapat diproses: formulir yang mengisinya (${tab.formUrl}) tidak dapat dikenali.`,
        'Pastikan akun pemilik pemicu dapat mengedit formulir itu, lalu jalankan Uji Kesiapan dan Sinkronkan Ulang (Penjaringan atau Survei) agar kiriman ini ikut dihitung.',
      );
    }
    const ctx: SheetRouteContext = { ...tab, formId };
    for (const route of ROUTES) if (route(e, ctx)) return;
  });
}

export const SPREADSHEET_SUBMIT_HANDLER = HANDLERS.spreadsheetSubmit;
