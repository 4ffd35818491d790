/**
 * What the nomination use cases remember between runs, in document properties: how the Form is
 * connected (route, questions as last seen, the mapping the product itself wrote to Pengaturan),
 * responses a run could not record yet (one property per response, so concurrent runs never
 * overwrite each other's), and the progress of a re-sync. Read with one call per run.
 */
import { fitForProperty } from '../../core/pending';
import type { FormQuestion } from '../../core/nominations/mapping';
import type { PlainResponse } from '../../core/response';
import type { SheetLook } from '../../core/sheet-layout';
import type { ReadCursor } from '../../gas/forms';
import { allDocumentProperties, deleteDocumentProperties, type PropertySnapshot, setDocumentProperty } from '../../gas/properties';

export type NominationRoute = 'form' | 'spreadsheet';

export interface NominationSource {
  route: NominationRoute;
  formId: string;
  /** The Form's questions as last read (key = item id, title, kind), in Form order. */
  questions: FormQuestion[];
  /** Spreadsheet route: the response tab's header when the questions were last read. */
  headerSeen?: string[];
  /** The mapping as the product wrote it to Pengaturan (labels): when the team changed it, theirs wins. */
  written: { nominees: string[]; voterNip: string; keys?: string[] };
}

export interface ResyncProgress {
  /** The last response read, in (time, id) order (form route); null before the first chunk. */
  cursor: ReadCursor | null;
  /** ms: when this re-sync started. */
  startedAt: number;
  total: number;
}

const SOURCE_KEY = 'nominasi.sumber';
const RESYNC_KEY = 'nominasi.sinkron';
const PENDING_PREFIX = 'nominasi.tertunda.';

export interface NominationState {
  source: NominationSource | null;
  resync: ResyncProgress | null;
  pending: PlainResponse[];
  pendingKeys: string[];
  /** The tally's size as the Form route last wrote it (see TallyShape). */
  tallyShape: TallyShape | null;
  /** How the tally sheet was last laid out and its banner styled (see TallyLook). */
  tallyLook: TallyLook | null;
}

function parse<T>(raw: string | undefined): T | null {
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** A saved re-sync, or null when none (or one saved by an older version, counted by position). */
function resyncOf(p: ResyncProgress | null): ResyncProgress | null {
  if (!p || (p.cursor !== null && (typeof p.cursor !== 'object' || typeof p.cursor.id !== 'string'))) return null;
  return p;
}

/** All of it, with one properties read (or from a snapshot the caller already read). */
export function readState(props?: PropertySnapshot): NominationState {
  const all: Record<string, string | undefined> = {};
  if (props) for (const k of props.keys()) all[k] = props.raw(k) ?? undefined;
  else Object.assign(all, allDocumentProperties());
  const pending: PlainResponse[] = [];
  const pendingKeys: string[] = [];
  for (const key of Object.keys(all).sort()) {
    if (!key.startsWith(PENDING_PREFIX)) continue;
    pendingKeys.push(key);
    const p = parse<PlainResponse>(all[key]);
    if (p && typeof p.id === 'string') pending.push(p);
  }
  return {
    source: parse<NominationSource>(all[SOURCE_KEY]),
    resync: resyncOf(parse<ResyncProgress>(all[RESYNC_KEY])),
    pending,
    pendingKeys,
    tallyShape: parse<TallyShape>(all[TALLY_SHAPE_KEY]),
    tallyLook: parse<TallyLook>(all[TALLY_LOOK_KEY]),
  };
}

export function saveSource(source: NominationSource, into?: PropertySnapshot): void {
  if (into) into.setRaw(SOURCE_KEY, JSON.stringify(source));
  else setDocumentProperty(SOURCE_KEY, JSON.stringify(source));
}

export function saveResync(progress: ResyncProgress | null): void {
  if (progress === null) deleteDocumentProperties([RESYNC_KEY]);
  else setDocumentProperty(RESYNC_KEY, JSON.stringify(progress));
}

/** Keeps a response for the next run (lock busy, Form changed): it is never lost. */
export function keepPending(response: PlainResponse, into?: PropertySnapshot): void {
  // Cut to fit one property: a very long answer must not lose the whole response.
  const kept = JSON.stringify(fitForProperty(response));
  if (into) into.setRaw(`${PENDING_PREFIX}${response.id}`, kept);
  else setDocumentProperty(`${PENDING_PREFIX}${response.id}`, kept);
}

export function clearPending(keys: readonly string[], into?: PropertySnapshot): void {
  if (into) keys.forEach((k) => into.remove(k));
  else deleteDocumentProperties(keys);
}

const TALLY_SHAPE_KEY = 'nominasi.rekapUkuran';

/**
 * The size of the block last written to `Rekap Penjaringan` (rows × columns). Every writer of the
 * tally keeps it true: the Form route saves it with its run, a re-sync saves it, the spreadsheet
 * route (which reads the sheet's size itself) forgets it.
 */
export interface TallyShape {
  rows: number;
  columns: number;
}

export function tallyShapeOf(props: PropertySnapshot): TallyShape | null {
  return props.get<TallyShape | null>(TALLY_SHAPE_KEY, null);
}

/** Remembers the tally's size now (re-sync), with its own write. */
export function rememberTallyShape(shape: TallyShape | null): void {
  if (shape === null) deleteDocumentProperties([TALLY_SHAPE_KEY]);
  else setDocumentProperty(TALLY_SHAPE_KEY, JSON.stringify(shape));
}

/** Remembers the tally's size; null forgets it (the next write reads the sheet's size). */
export function saveTallyShape(props: PropertySnapshot, shape: TallyShape | null): void {
  if (shape === null) props.remove(TALLY_SHAPE_KEY);
  else props.set(TALLY_SHAPE_KEY, shape);
}

const TALLY_LOOK_KEY = 'nominasi.rekapTampilan';

/**
 * How `Rekap Penjaringan` was last laid out (the mark of its layout, TALLY_LAYOUT_MARK) and its
 * banner styled (a signature of colours and heights), so a submission sets neither again while
 * they are what they should be. Every route keeps it with its own properties write; a failed run
 * forgets it, and a menu re-sync lays the sheet out whatever it says.
 */
export interface TallyLook extends SheetLook {
  layout: string;
  banner: string;
}

export function tallyLookOf(props: PropertySnapshot): TallyLook | null {
  return props.get<TallyLook | null>(TALLY_LOOK_KEY, null);
}

/** Remembers the look in a snapshot; null forgets it (the next write lays the sheet out again). */
export function saveTallyLook(props: PropertySnapshot, look: TallyLook | null): void {
  if (look === null) props.remove(TALLY_LOOK_KEY);
  else props.set(TALLY_LOOK_KEY, look);
}

/** Remembers the look with its own write, only when it changed (`before` as read this run). */
export function rememberTallyLook(look: TallyLook | null, before: TallyLook | null): void {
  if (JSON.stringify(look) === JSON.stringify(before)) return;
  if (look === null) deleteDocumentProperties([TALLY_LOOK_KEY]);
  else setDocumentProperty(TALLY_LOOK_KEY, JSON.stringify(look));
}
