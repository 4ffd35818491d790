/**
 * Where survey responses come from and how they are scored this run: the Form named in
 * `Pengaturan`, the route it is connected by (a trigger on the Form, or the add-on route through
 * this spreadsheet's response tab), and the configuration checked against the Form as it is now.
 */
import { UserError } from '../../core/errors';
import { fileIdFrom, type ParsedSettings } from '../../core/settings';
import { describeForm, formIdOf, openForm, type FormItemInfo } from '../../gas/forms';
import { splitLabelsOf } from '../../core/nominations/checkbox';
import { responsesFromTab } from '../../core/response-tab';
import type { PlainResponse } from '../../core/response';
import { deleteProperty, getJson, readProperties, setJson, type PropertySnapshot } from '../../gas/properties';
import { eventRowValues, headerValues, sheetIdOf, sheetValues } from '../../gas/sheets';
import { logError } from '../run';
import { responseTabFor } from '../tab-forms';
import { structureNotes, surveyConfig, type SurveyConfig } from '../../core/survey/config';
import { formatScale, parseScaleSetting, SEED_SCALE } from '../../core/survey/scale';
import { updateSettings } from '../settings';
import { cacheItems, cachedItems, responsesShowChange } from './form-cache';

type Form = GoogleAppsScript.Forms.Form;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SURVEY_SETTING_LABEL = 'URL Formulir Survei';
export const SURVEY_PROCESS = 'Survei';
export type SurveyRoute = 'form' | 'spreadsheet';

const ROUTE_KEY = 'survey.route';
const NOTES_KEY = 'survey.structureNotes';

export function surveyRoute(props?: PropertySnapshot): SurveyRoute | null {
  return props ? props.get<SurveyRoute | null>(ROUTE_KEY, null) : getJson<SurveyRoute | null>(ROUTE_KEY, null);
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

const LISTED_KEYS = 'survey.listedKeys';

/** Listed scored labels → the item ids they named when last matched (following renames, N3). */
function listedKeysOf(props: PropertySnapshot): Record<string, string> {
  return props.get<Record<string, string>>(LISTED_KEYS, {});
}

function rememberListedKeys(props: PropertySnapshot, config: SurveyConfig): void {
  const next = config.listedKeys ?? {};
  if (JSON.stringify(next) !== JSON.stringify(listedKeysOf(props))) props.set(LISTED_KEYS, next);
}

/** Logs notes about a Form changed since connecting to `Log Kesalahan`, once per change. */
function noteChanges(config: SurveyConfig, props: PropertySnapshot): void {
  const notes = structureNotes(config);
  const seen = props.get<string[]>(NOTES_KEY, []);
  if (JSON.stringify(seen) !== JSON.stringify(notes)) {
    for (const note of notes) logError(SURVEY_PROCESS, new UserError(note, 'Perbarui lembar Pengaturan, lalu jalankan Survei › Sinkronkan Ulang Survei.'));
    props.set(NOTES_KEY, notes);
  }
}

/**
 * The configuration for `form`, read from the Form now (connect, re-sync), and the Form's
 * structure remembered for the submissions that follow. Throws a UserError naming the rows when
 * the band table is nonsense. Writes its properties itself unless given a snapshot to add to.
 */
export function loadConfig(parsed: ParsedSettings, form: Form, into?: PropertySnapshot): Loaded {
  const props = into ?? readProperties();
  const info = describeForm(form);
  const items = info.items;
  const config = surveyConfig(parsed, items, listedKeysOf(props));
  cacheItems(props, info.id, items);
  rememberListedKeys(props, config);
  noteChanges(config, props);
  if (!into) props.commit();
  return { items, config };
}

/**
 * The configuration for one submission's run: the remembered Form structure while the responses
 * agree with it (no FormApp call), otherwise the Form read again through `formOf` and remembered.
 * `responsesOf(items)` gives the run's responses and the newest of them (see responsesShowChange).
 */
export function loadConfigCached(
  parsed: ParsedSettings,
  formOf: () => Form,
  props: PropertySnapshot,
  responsesOf: (items: FormItemInfo[]) => { all: PlainResponse[]; latest: PlainResponse[] },
): Loaded & { responses: PlainResponse[] } {
  const formId = fileIdFrom(parsed.settings.surveyFormUrl);
  const cached = cachedItems(props, formId);
  if (cached) {
    const config = surveyConfig(parsed, cached, listedKeysOf(props));
    const seen = responsesOf(cached);
    if (!responsesShowChange(cached, config, seen.all, seen.latest)) {
      noteChanges(config, props);
      return { items: cached, config, responses: seen.all };
    }
  }
  // Remembered under the id of the Form actually read (an event's source may be another Form).
  const info = describeForm(formOf());
  const items = info.items;
  const config = surveyConfig(parsed, items, listedKeysOf(props));
  cacheItems(props, info.id, items);
  rememberListedKeys(props, config);
  noteChanges(config, props);
  return { items, config, responses: responsesOf(items).all };
}

/**
 * S1a: "Skala Jawaban" is always shown. While the team has not set it (blank, or the product's
 * unconfirmed value), the product writes the scale it detects: the seed's "1–4, terbaik 1" when
 * the answers are on it, else the detected range marked "(belum dikonfirmasi)".
 */
export function showScale(parsed: ParsedSettings, config: SurveyConfig): void {
  const setting = parseScaleSetting(parsed.settings.surveyScale);
  if (setting.kind === 'set' || setting.kind === 'invalid' || !config.scale) return;
  const d = config.detectedScale ?? null;
  const text =
    config.scale.kind === 'use' || d === null
      ? formatScale(SEED_SCALE.lowest, SEED_SCALE.highest, SEED_SCALE.best, true)
      : formatScale(d.lowest, d.highest, d.best, false);
  if (text !== parsed.settings.surveyScale.trim()) updateSettings(parsed, { surveyScale: text });
}

/** The response tab of this spreadsheet that `form` feeds, or null (matched by Form id, app/tab-forms). */
export function responseSheetOf(form: Form): Sheet | null {
  return responseTabFor(formIdOf(form));
}

/** Every response of a response tab (the add-on route), ids "<sheetId>:<row>". */
export function responsesOfSheet(sheet: Sheet, items: FormItemInfo[]): PlainResponse[] {
  return tabReader(sheet)(items);
}

/** Reads a response tab once (2 calls); the returned function parses it with a Form structure (`rows`: the tab's rows, header included). */
export function tabReader(sheet: Sheet): ((items: FormItemInfo[]) => PlainResponse[]) & { rows: number; header: string[] } {
  const values = sheetValues(sheet);
  const header = (values[0] ?? []).map((h) => String(h ?? ''));
  if (values.length < 2) return Object.assign(() => [], { rows: values.length, header });
  const sheetId = sheetIdOf(sheet);
  return Object.assign((items: FormItemInfo[]) => parseTab(sheetId, values, 2, items), { rows: values.length, header });
}

function parseTab(sheetId: number, values: unknown[][], firstRow: number, items: FormItemInfo[]): PlainResponse[] {
  const questions = items
    .filter((it) => it.kind !== 'PAGE_BREAK' && it.kind !== 'SECTION_HEADER')
    .map((it) => ({ key: String(it.id), title: it.title, kind: it.kind, choices: it.choices }));
  // A checkbox cell is split against the item's own choices (R6).
  return responsesFromTab(sheetId, values, firstRow, questions, (q) => splitLabelsOf(q.choices ?? [], [])).responses;
}

/**
 * Reads only the event's row of a response tab (3 calls, whatever the tab's length; 5 when the
 * header must be read too): its number, the header, and a parser as tabReader's. The header is
 * `known` (remembered from the last full read) when the event's titles (e.namedValues) and width
 * agree with it, else read. Null when the row is not `expectRow` (checked before reading it).
 */
export function tabRowReader(
  sheet: Sheet,
  range: GoogleAppsScript.Spreadsheet.Range,
  expectRow: number,
  known: readonly string[] | null,
  namedValues: Record<string, unknown> | undefined,
): { row: number; header: string[]; parse: (items: FormItemInfo[]) => PlainResponse[] } | null {
  const { row, values } = eventRowValues(range, expectRow);
  if (row !== expectRow || values.length === 0) return null;
  const titles = namedValues ? Object.keys(namedValues).sort() : null;
  const knownTitles = known ? known.filter((h) => h !== '').filter((h, i, all) => all.indexOf(h) === i).sort() : null;
  const same = known !== null && titles !== null && knownTitles !== null && known.length === values.length && JSON.stringify(titles) === JSON.stringify(knownTitles);
  const header = same && known ? [...known] : headerValues(sheet, values.length).map((h) => String(h ?? ''));
  const sheetId = sheetIdOf(sheet);
  return { row, header, parse: (items) => parseTab(sheetId, [header, values], row, items) };
}
