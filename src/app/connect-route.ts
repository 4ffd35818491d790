/**
 * How a connected Form's submissions reach the product, for both Forms: a trigger on the Form
 * where Google allows one; otherwise (an add-on, or a trigger Google refused) the Form's responses
 * go to a tab of this spreadsheet and the spreadsheet's form-submit trigger runs — once the team
 * has confirmed moving the Form's destination, when it pointed elsewhere.
 */
import { HANDLERS } from '../core/health';
import { formDestinationId, pointFormAtThisSpreadsheet } from '../gas/forms';
import { thisSpreadsheetId } from '../gas/sheets';
import { ensureFormSubmitTrigger, ensureSpreadsheetSubmitTrigger, viaSpreadsheet, type InstallOutcome } from '../gas/triggers';
import { logRouteFallback } from './run';

export interface SubmitRoute {
  route: 'form' | 'spreadsheet';
  trigger: InstallOutcome;
}

/** What a connect result says while it waits for the team's confirmation: nothing connected yet. */
export const AWAITING_CONFIRMATION = { route: null, trigger: null, dailyInstalled: false, imported: null, message: '' } as const;

/** The first sentence of the question asked before the Form's destination moves. */
export const noFormTriggerSentence = (formTitle: string): string => `Google tidak mengizinkan add-on memasang pemicu langsung pada formulir "${formTitle}". `;

/**
 * Installs the route of `form`'s submissions to `handler`. Null when the Form's responses must
 * move to this spreadsheet and the team has not confirmed it yet: the Form is then left as it was.
 */
export function connectSubmitRoute(form: GoogleAppsScript.Forms.Form, handler: string, options: { confirmed: boolean; process: string; formTitle: string }): SubmitRoute | null {
  const install = ensureFormSubmitTrigger(form, handler);
  const trigger = install.outcome;
  if (!viaSpreadsheet(trigger)) return { route: 'form', trigger };
  if (formDestinationId(form) !== thisSpreadsheetId()) {
    if (!options.confirmed) return null;
    pointFormAtThisSpreadsheet(form);
  }
  ensureSpreadsheetSubmitTrigger(HANDLERS.spreadsheetSubmit);
  if (trigger === 'refused') logRouteFallback(options.process, options.formTitle, install.refusal);
  return { route: 'spreadsheet', trigger };
}
