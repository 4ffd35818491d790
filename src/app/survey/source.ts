/**
 * Where survey responses come from and how they are scored this run: the Form named in
 * `Pengaturan`, the route it is connected by (a trigger on the Form, or the add-on route through
 * this spreadsheet's response tab), and the configuration checked against the Form as it is now.
 */
import { UserError } from '../../core/errors';
import type { ParsedSettings } from '../../core/settings';
import { describeForm, openForm, responsesFromSheetRows, type FormItemInfo, type PlainResponse } from '../../gas/forms';
import { deleteProperty, getJson, setJson } from '../../gas/properties';
import { activeSpreadsheet, readAll } from '../../gas/sheets';
import { logError } from '../run';
import { structureNotes, surveyConfig, type SurveyConfig } from './config';

type Form = GoogleAppsScript.Forms.Form;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SURVEY_SETTING_LABEL = 'URL Formulir Survei';
export const SURVEY_PROCESS = 'Survei';
export type SurveyRoute = 'form' | 'spreadsheet';

const ROUTE_KEY = 'survey.route';
const NOTES_KEY = 'survey.structureNotes';

export function surveyRoute(): SurveyRoute | null {
  return getJson<SurveyRoute | null>(ROUTE_KEY, null);
}

export function setSurveyRoute(route: SurveyRoute | null): void {
  if (route === null) deleteProperty(ROUTE_KEY);
  else setJson(ROUTE_KEY, route);
}

export function openSurveyForm(parsed: ParsedSettings): Form {
  return openForm(parsed.settings.surveyFormUrl, SURVEY_SETTING_LABEL);
}

export interface Loaded {
  items: FormItemInfo[];
  config: SurveyConfig;
}

/**
 * The configuration for `form` (throws a UserError naming the rows when the band table is
 * nonsense). Notes about a Form changed since connecting go to `Log Kesalahan` once per change.
 */
export function loadConfig(parsed: ParsedSettings, form: Form): Loaded {
  const items = describeForm(form).items;
  const config = surveyConfig(parsed, items);
  const notes = structureNotes(config);
  const seen = getJson<string[]>(NOTES_KEY, []);
  if (JSON.stringify(seen) !== JSON.stringify(notes)) {
    for (const note of notes) logError(SURVEY_PROCESS, new UserError(note, 'Perbarui lembar Pengaturan, lalu jalankan Survei › Sinkronkan Ulang Survei.'));
    setJson(NOTES_KEY, notes);
  }
  return { items, config };
}

/** The response tab of this spreadsheet that `form` feeds, or null. */
export function responseSheetOf(form: Form): Sheet | null {
  const id = form.getId();
  for (const sheet of activeSpreadsheet().getSheets()) {
    const url = sheet.getFormUrl();
    if (url && url.indexOf(`/d/${id}/`) >= 0) return sheet;
  }
  return null;
}

/** Every response of a response tab (the add-on route), ids "<sheetId>:<row>". */
export function responsesOfSheet(sheet: Sheet, items: FormItemInfo[]): PlainResponse[] {
  const values = readAll(sheet);
  if (values.length < 2) return [];
  return responsesFromSheetRows(sheet.getSheetId(), values[0], values.slice(1), 2, items);
}
