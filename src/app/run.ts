/**
 * How every use case is run: menu actions report problems in a dialog, trigger runs write them to
 * `Log Kesalahan` (a trigger has no UI and e-mails nobody useful). Written once, here.
 */
import { asText } from '../core/cells';
import { adviceFor, busyError, GOOGLE_LOCK_TIMEOUT, isUserError, UserError } from '../core/errors';
import { specOf } from '../core/schema';
import { getJson, setJson } from '../gas/properties';
import { appendRows, ensureProductSheet, whenMinusOneRefused } from '../gas/sheets';
import { alert, confirm } from '../gas/ui';

export const ERROR_TITLE = 'Agen Perubahan — ada masalah';

function describe(e: unknown): { message: string; advice: string } {
  if (isUserError(e)) return { message: e.message, advice: e.hint };
  const message = e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e) ? String((e as Error).message) : String(e);
  // Google's English lock message is said in the team's language.
  if (GOOGLE_LOCK_TIMEOUT.test(message)) {
    const busy = busyError('berjalan dan memegang kunci terlalu lama.', adviceFor(message));
    return { message: busy.message, advice: busy.hint };
  }
  return { message, advice: adviceFor(message) };
}

/** Adds a row to `Log Kesalahan` (recreating the sheet if it was deleted). Never throws. */
export function logError(process: string, e: unknown): void {
  const { message, advice } = describe(e);
  try {
    const { sheet } = ensureProductSheet(specOf('errors'));
    appendRows(sheet, [[new Date(), asText(process), asText(message), asText(advice)]]);
  } catch (inner) {
    // The log itself failed (quota, deleted spreadsheet access): Apps Script's own execution log
    // is the last place left.
    console.error(`Log Kesalahan tidak dapat ditulis: ${String(inner)}; kesalahan asli: ${message}`);
  }
}

/**
 * The route fallback's record: Google refused a trigger on a Form although the script does not
 * say it is an add-on (ScriptApp.getInstallationSource), so the product matched Google's words
 * and chose the spreadsheet route. The team (and a developer) can see that it happened, and why.
 */
export function logRouteFallback(process: string, formTitle: string, refusal: string): void {
  logError(
    process,
    new UserError(
      `Google menolak memasang pemicu pada formulir "${formTitle}" ("${refusal}"), padahal skrip ini tidak tercatat sebagai add-on. Kiriman formulir itu kini diproses lewat tab tanggapannya di spreadsheet ini.`,
      'Tidak ada yang hilang: setiap kiriman tetap dihitung. Jalankan Uji Kesiapan dan laporkan hasilnya kepada pengembang bila pesan ini muncul lagi.',
    ),
  );
}

/** The document property that remembers Google refused getSheetValues with -1 (so it is logged once). */
export const MINUS_ONE_REFUSED = 'sheetValuesMinusOneRefused';

/**
 * Google refused getSheetValues(1, 1, -1, -1) (its reference does not clearly document -1), so
 * gas/sheets reads through getLastRow/getLastColumn. Said once in Log Kesalahan for the
 * spreadsheet (a document property remembers it), not at every execution.
 */
export function logSheetReadFallback(refusal: string): void {
  if (getJson<string | null>(MINUS_ONE_REFUSED, null) !== null) return;
  setJson(MINUS_ONE_REFUSED, refusal);
  logError(
    'Membaca lembar',
    new UserError(
      `Google menolak membaca lembar dengan getSheetValues(1, 1, -1, -1) ("${refusal}"). Lembar kini dibaca lewat getLastRow dan getLastColumn: isinya sama, hanya sedikit lebih lambat.`,
      'Tidak ada yang perlu dilakukan: tidak ada data yang hilang atau salah baca. Jalankan Uji Kesiapan dan laporkan hasilnya kepada pengembang.',
    ),
  );
}

whenMinusOneRefused(logSheetReadFallback);

/** Runs a menu action: a problem the team can fix is shown as a dialog, anything else is logged too. */
export function menuAction<T>(process: string, action: () => T): T | undefined {
  try {
    return action();
  } catch (e) {
    const { message, advice } = describe(e);
    if (!isUserError(e)) logError(process, e);
    alert(ERROR_TITLE, advice ? `${message}\n\n${advice}` : message);
    return undefined;
  }
}

/** Runs a trigger handler: errors go to `Log Kesalahan`, never to a dialog. */
export function triggerAction<T>(process: string, action: () => T): T | undefined {
  try {
    return action();
  } catch (e) {
    logError(process, e);
    return undefined;
  }
}

/**
 * A menu action that may have to ask first: runs `action(false)`; when that asks a question
 * (needsConfirmation), YES runs `action(true)`, NO says `cancelled` (nothing was changed). The
 * outcome's message is shown either way. Problems as menuAction.
 */
export function menuActionAsking(
  title: string,
  action: (confirmed: boolean) => { needsConfirmation: string | null; message: string },
  cancelled: string,
): void {
  menuAction(title, () => {
    let result = action(false);
    if (result.needsConfirmation) {
      if (!confirm(title, result.needsConfirmation)) {
        alert(title, cancelled);
        return;
      }
      result = action(true);
    }
    alert(title, result.message);
  });
}
