/**
 * The spreadsheet route (add-on): one spreadsheet form-submit trigger serves every Form whose
 * responses land in this spreadsheet. The event's tab says which Form sent it
 * (`Sheet.getFormUrl()`); each use case registers one route below that claims its own Form's
 * events and returns false for others. Registering a Form is one line in ROUTES.
 */
import { HANDLERS } from '../core/health';
import { eventTab } from '../gas/sheets';
import { recordRun } from './health';
import { handleNominationSheetEvent, type SheetRouteContext } from './nominations/submit';
import { triggerAction } from './run';
import { handleSurveySheetEvent } from './survey/submit';

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
];

export const ROUTE_PROCESS = 'Kiriman Formulir (lembar tanggapan)';

/** Installable spreadsheet form-submit trigger (handler HANDLERS.spreadsheetSubmit). */
export function onSpreadsheetFormSubmit(e?: SpreadsheetSubmitEvent): void {
  recordRun('spreadsheetSubmit');
  triggerAction(ROUTE_PROCESS, () => {
    if (!e || !e.range) return; // A blank event: the next event or a re-sync reads the tab anyway.
    const ctx: SheetRouteContext = eventTab(e.range);
    if (ctx.formUrl === '') return; // Not a response tab.
    for (const route of ROUTES) if (route(e, ctx)) return;
  });
}

export const SPREADSHEET_SUBMIT_HANDLER = HANDLERS.spreadsheetSubmit;
