/**
 * The MINIMUM number of Apps Script calls each benchmarked action could need: the reads and
 * writes it cannot avoid, counted the way the in-memory Workspace counts (every method call on a
 * Google object is one call, a getter included). Each term carries its reason so the table can be
 * defended line by line; BENCHMARKS.md prints them.
 *
 * What "cannot avoid" assumes:
 * - the team may have edited Pengaturan, Pegawai and Koreksi Nama since the last run, so each
 *   run reads them (a cache would count the wrong people after a roster fix);
 * - a sheet is read whole with getSheetByName + getSheetValues(1, 1, -1, -1) (2 calls: the product's
 *   `gas/sheets.sheetValues` reads every sheet with that one call) and a block is written with
 *   getRange + setValues (2 calls);
 * - runs that write take the script lock: getScriptLock + tryLock + releaseLock, and flush before
 *   releasing (4 calls);
 * - a Form response cannot be read in one call: a response costs getId + getTimestamp (+
 *   getRespondentEmail when the Form collects e-mail) and, for each question the action needs,
 *   getResponseForItem + getResponse (the Item objects are fetched once per run);
 * - the Form itself is opened and its items listed once per run (openById + getItems + one getter
 *   per needed item), since the team may have renamed a question.
 *
 * Node-only (src/offline is never bundled).
 */

export interface MinimumTerm {
  calls: number;
  why: string;
}

export interface FormShape {
  /** Questions the action needs from each response (e.g. voter NIP + 3 nominees = 4). */
  neededItems: number;
  collectsEmail: boolean;
}

const LOCK: MinimumTerm = { calls: 4, why: 'script lock: getScriptLock, tryLock, flush, releaseLock' };
const ACTIVE: MinimumTerm = { calls: 1, why: 'SpreadsheetApp.getActive' };

const readSheet = (name: string): MinimumTerm => ({ calls: 2, why: `read ${name} (getSheetByName, getSheetValues)` });
/** What every run that writes starts with: the script lock, the spreadsheet, Pengaturan read. */
const lockedRun = (settings = 'Pengaturan'): MinimumTerm[] => [LOCK, ACTIVE, readSheet(settings)];
/** The team sheets a nomination run decides with (N5, N6: the team may have edited them since). */
const NOMINATION_TEAM_SHEETS = (): MinimumTerm[] => [readSheet('Pegawai'), readSheet('Koreksi Nama')];
const writeBlock = (what: string): MinimumTerm => ({ calls: 2, why: `write ${what} (getRange, setValues)` });

function formOpen(shape: FormShape): MinimumTerm {
  return { calls: 2 + shape.neededItems, why: `open the Form and find its ${shape.neededItems} needed questions (openById, getItems, one getTitle each)` };
}

function perResponse(shape: FormShape): number {
  return 2 + (shape.collectsEmail ? 1 : 0) + 2 * shape.neededItems;
}

function responsesRead(shape: FormShape, n: number): MinimumTerm {
  return {
    calls: 1 + n * perResponse(shape),
    why: `getResponses, then per response ${perResponse(shape)} calls (getId, getTimestamp${shape.collectsEmail ? ', getRespondentEmail' : ''}, getResponseForItem + getResponse for each needed question) × ${n}`,
  };
}

/**
 * The event's response on the Form route: its id, time (and e-mail), and per needed question the
 * Item (getItemById, ids remembered at connect: the event carries none) and its answer.
 */
function oneResponse(shape: FormShape): MinimumTerm[] {
  return [
    { calls: shape.neededItems, why: `the ${shape.neededItems} needed questions' Items (Form.getItemById each; the event's Form is e.source)` },
    { calls: perResponse(shape), why: `read the event's response: ${perResponse(shape)} calls (getId, getTimestamp${shape.collectsEmail ? ', getRespondentEmail' : ''}, getResponseForItem + getResponse per needed question)` },
  ];
}

/** The spreadsheet route: the answers are the event's `e.values` (a property, no call). */
const EVENT_VALUES: MinimumTerm = { calls: 0, why: "the response is the event's e.values and e.range (properties of the event: no call)" };

/** Spreadsheet route = the Form writes to a tab of this spreadsheet and the trigger is the spreadsheet's. */
export type SubmissionRoute = 'form' | 'sheet';

/** One nomination submission (trigger): read state, read the response, write its ledger row and the tally. */
export function nominationSubmissionMinimum(shape: FormShape, route: SubmissionRoute = 'form'): MinimumTerm[] {
  return [
    ...lockedRun(),
    ...NOMINATION_TEAM_SHEETS(),
    readSheet('Log Surat Suara (earlier ballots: supersession and the tally)'),
    ...(route === 'form' ? oneResponse(shape) : [EVENT_VALUES]),
    writeBlock('the ballot row of Log Surat Suara'),
    writeBlock('Rekap Penjaringan'),
  ];
}

/** Full nomination re-sync: every response read once, the ledger, tally and corrections written. */
export function nominationResyncMinimum(shape: FormShape, n: number): MinimumTerm[] {
  return [
    ...lockedRun(),
    ...NOMINATION_TEAM_SHEETS(),
    formOpen(shape),
    responsesRead(shape, n),
    writeBlock('Log Surat Suara'),
    writeBlock('Rekap Penjaringan'),
    writeBlock('Koreksi Nama (unresolved entries)'),
  ];
}

/** One survey submission: read settings and earlier results, score the response, write its row and the summary. */
export function surveySubmissionMinimum(shape: FormShape, route: SubmissionRoute = 'form'): MinimumTerm[] {
  return [
    ...lockedRun('Pengaturan (question mapping, band table)'),
    readSheet('Hasil Survei (S5: the respondent\'s earlier answer this semester; the summary)'),
    ...(route === 'form' ? oneResponse(shape) : [EVENT_VALUES]),
    writeBlock('the response row of Hasil Survei'),
    writeBlock('Ringkasan Survei'),
  ];
}

/** Full survey re-sync: every response read once, Hasil Survei and Ringkasan Survei written. */
export function surveyResyncMinimum(shape: FormShape, n: number): MinimumTerm[] {
  return [
    ...lockedRun(),
    SURVEY_FORM_STRUCTURE,
    responsesRead(shape, n),
    writeBlock('Hasil Survei'),
    writeBlock('Ringkasan Survei'),
  ];
}

/**
 * A re-sync through the add-on route: the Form writes every response to a tab of this
 * spreadsheet, so all N are read with one getValues, whatever N. `sheetsWritten` blocks out.
 */
export function tabResyncMinimum(first: string, sheetsWritten: number, form: MinimumTerm): MinimumTerm[] {
  return [
    ...lockedRun(),
    ...(first === 'Log Surat Suara' ? [readSheet('Pegawai'), readSheet('Koreksi Nama')] : []),
    form,
    readSheet("the Form's response tab (all N responses in one getValues)"),
    { calls: 2 * sheetsWritten, why: `write ${sheetsWritten} result sheets (getRange, setValues each)` },
  ];
}

/** The nomination Form's structure: openById, getItems, getTitle of its 4 needed questions. */
export const NOMINATION_FORM_STRUCTURE: MinimumTerm = { calls: 6, why: 'open the Form and find its 4 needed questions (openById, getItems, one getTitle each)' };

/**
 * The survey Form's structure: the unit and 5 scored questions' titles, and each scored
 * question's choices (S1: a question is scored when every option carries a number, or by position
 * when the team lists it; an answer that is none of the options is unparseable):
 * openById, getItems, 6 × getTitle, 5 × (asMultipleChoiceItem, getChoices, 4 × getValue).
 */
export const SURVEY_FORM_STRUCTURE: MinimumTerm = { calls: 2 + 6 + 5 * 6, why: 'open the Form, its 6 needed questions, and the 4 choices of each of the 5 scored ones (S1: every option numbered, or the position in a listed question)' };

/**
 * The draft decree: read the settings, the roster and the chosen agents; read the template once
 * (Docs API documents.get: its placeholders and where its agent row is); copy it; repeat the agent
 * row once per agent with DocumentApp (the only way to copy a row with its formatting) and tag each
 * copy; fill every placeholder of the document in one Docs API batchUpdate; log the draft.
 */
export function decreeMinimum(agents: number): MinimumTerm[] {
  return [
    ACTIVE,
    readSheet('Pengaturan'),
    readSheet('Pegawai'),
    readSheet('Penilaian (the chosen agents)'),
    { calls: 1, why: 'read the template: Docs.Documents.get' },
    { calls: 4, why: 'template and folder: DriveApp.getFileById, getParents, next, File.makeCopy' },
    { calls: 2, why: 'the copy: getId, getUrl' },
    { calls: 2, why: 'open the copy: DocumentApp.openById, getBody' },
    { calls: 2, why: "reach the agents' row: Body.getChild, Table.getRow" },
    { calls: 3 * agents + 1, why: `per agent row.copy, insertTableRow and one tagging replaceText (${agents} agents), then removeRow of the template row` },
    { calls: 1, why: 'saveAndClose (the API reads the saved document)' },
    { calls: 1, why: 'fill every placeholder literally: Docs.Documents.batchUpdate (replaceAllText)' },
    { calls: 2, why: 'log the draft: getSheetByName(Log Dokumen), appendRow' },
  ];
}

export function total(terms: readonly MinimumTerm[]): number {
  return terms.reduce((s, t) => s + t.calls, 0);
}

/**
 * One progress report (trigger on the report Form): read the response, the settings (term of
 * duty), `Rencana Tindak` (what is approved now) and the ledger (the same report twice), append one
 * row. The ledger read is one call whatever its length.
 */
export function reportSubmissionMinimum(): MinimumTerm[] {
  return [
    { calls: 3 + 2 * 6, why: "read the event's response: getId, getTimestamp, getRespondentEmail, and per question (6) which item it answers and its value" },
    ...lockedRun('Pengaturan (term of duty)'),
    readSheet('Rencana Tindak (approval of each activity)'),
    readSheet('Laporan Rencana Tindak (the same report sent twice)'),
    { calls: 1, why: 'getLastRow of the ledger' },
    writeBlock('the report row'),
  ];
}

/**
 * The monitoring report (Buat Laporan Pemantauan) for a document of `paragraphs` body paragraphs
 * and `tables` tables of `cells` cells in all: read the settings, Penilaian, Rencana Tindak,
 * Pegawai, the ledger and Hasil Survei once each, ask the semester, make the Doc (each paragraph
 * appended with its attributes, each table appended with its widths, each cell styled once),
 * save it, one Docs API call for the repeated header rows, log it. Independent of the number of reports.
 */
export function monitoringReportMinimum(doc: { paragraphs: number; tables: number; columns: number; cells: number }): MinimumTerm[] {
  return [
    ACTIVE,
    readSheet('Pengaturan'),
    readSheet('Penilaian (the agents)'),
    readSheet('Rencana Tindak (the approved plans)'),
    readSheet('Pegawai (units)'),
    readSheet('Laporan Rencana Tindak (the counted reports)'),
    readSheet('Hasil Survei (the bands)'),
    { calls: 3, why: 'ask the semester: getUi, prompt, getSelectedButton (+ getResponseText)' },
    { calls: 3, why: 'DocumentApp.create, getId, getBody' },
    { calls: 6, why: 'page size and margins' },
    { calls: 2 * doc.paragraphs, why: `${doc.paragraphs} paragraphs: appendParagraph, setAttributes` },
    { calls: doc.tables + doc.columns, why: `${doc.tables} tables: appendTable and a width per column (${doc.columns})` },
    { calls: doc.cells, why: `${doc.cells} cells: one style call each` },
    { calls: 3, why: 'the font of the whole body, saveAndClose, getUrl' },
    { calls: 1, why: 'repeated header rows: Docs.Documents.batchUpdate' },
    { calls: 2, why: 'log the report: getSheetByName(Log Dokumen), appendRow' },
  ];
}
