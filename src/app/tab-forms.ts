/**
 * Which Form feeds a response tab, by Form id, never by the shape of its URL:
 * Google documents Sheet.getFormUrl() only as "the URL for the form that sends its responses to
 * this sheet" (apps-script/reference/spreadsheet/sheet#getFormUrl()), so it may carry the Form's
 * id or be the published /d/e/<key>/ URL. Each URL is resolved once (gas/forms formIdOfUrl) and
 * remembered in the document's properties, so later events cost no FormApp call.
 */
import { fileIdFrom } from '../core/settings';
import { formIdOfUrl } from '../gas/forms';
import { getJson, setJson, type PropertySnapshot } from '../gas/properties';
import { activeSpreadsheet, formTabs } from '../gas/sheets';
import { readState } from './nominations/state';
import { loadSettings } from './settings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MEMO_KEY = 'tab.formIds';

/** The Forms the product is configured for: where an unknown URL is looked for when Google will not open it. */
export function configuredFormIds(): string[] {
  const ids: string[] = [];
  const source = readState().source;
  if (source?.formId) ids.push(source.formId);
  try {
    const s = loadSettings().settings;
    for (const url of [s.nominationFormUrl, s.surveyFormUrl, s.reportFormUrl]) {
      const id = url ? fileIdFrom(url) : '';
      if (id && !ids.includes(id)) ids.push(id);
    }
  } catch {
    // Settings the team broke are reported by the use cases that need them.
  }
  return ids;
}

/**
 * Resolves `url` through the memo (read once by the caller), remembering a new answer (in `into`
 * when given, committed by its owner; else with its own write).
 */
function resolve(url: string, memo: Record<string, string>, candidates: () => string[], into?: PropertySnapshot): string {
  if (url === '') return '';
  if (memo[url]) return memo[url];
  const id = formIdOfUrl(url, candidates());
  if (id !== '') {
    memo[url] = id;
    if (into) into.set(MEMO_KEY, memo);
    else setJson(MEMO_KEY, memo);
  }
  return id;
}

/**
 * The Form id behind a response tab's URL ('' when it cannot be identified), resolved once per
 * URL; the memo is read from (and a new answer kept in) the run's snapshot `props` when given.
 */
export function formIdOfTab(url: string, candidates: () => string[] = configuredFormIds, props?: PropertySnapshot): string {
  if (url === '') return '';
  const memo = props ? props.get<Record<string, string>>(MEMO_KEY, {}) : getJson<Record<string, string>>(MEMO_KEY, {});
  return resolve(url, memo, candidates, props);
}

/** Every response tab of this spreadsheet with the id of the Form feeding it ('' when unknown). */
export function responseTabs(candidates: () => string[] = configuredFormIds): { sheet: Sheet; url: string; formId: string }[] {
  const tabs = formTabs(activeSpreadsheet());
  if (tabs.length === 0) return [];
  const memo = getJson<Record<string, string>>(MEMO_KEY, {});
  return tabs.map((t) => ({ ...t, formId: resolve(t.url, memo, candidates) }));
}

/** The tab of this spreadsheet that the Form `formId` feeds, or null. */
export function responseTabFor(formId: string): Sheet | null {
  if (formId === '') return null;
  return responseTabs(() => [formId]).find((t) => t.formId === formId)?.sheet ?? null;
}
