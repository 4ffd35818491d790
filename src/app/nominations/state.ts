/**
 * What the nomination use cases remember between runs, in document properties: how the Form is
 * connected (route, questions as last seen, the mapping the product itself wrote to Pengaturan),
 * responses a run could not record yet (one property per response, so concurrent runs never
 * overwrite each other's), and the progress of a re-sync. Read with one call per run.
 */
import type { FormQuestion } from '../../core/nominations/mapping';
import type { PlainResponse } from '../../gas/forms';
import { allDocumentProperties, deleteDocumentProperties, setDocumentProperty } from '../../gas/nomination-store';

export type NominationRoute = 'form' | 'spreadsheet';

export interface NominationSource {
  route: NominationRoute;
  formId: string;
  /** The Form's answerable questions as last read (title and kind). */
  questions: FormQuestion[];
  /** The mapping as the product wrote it to Pengaturan: when the team changed it, theirs wins. */
  written: { nominees: string[]; voterNip: string };
}

export interface ResyncProgress {
  /** Index of the next response to read (form route). */
  cursor: number;
  /** ms: rows not seen since then are gone from the Form. */
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
}

function parse<T>(raw: string | undefined): T | null {
  if (raw === undefined) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

/** All of it, with one properties read. */
export function readState(): NominationState {
  const all = allDocumentProperties();
  const pending: PlainResponse[] = [];
  const pendingKeys: string[] = [];
  for (const key of Object.keys(all).sort()) {
    if (!key.startsWith(PENDING_PREFIX)) continue;
    pendingKeys.push(key);
    const p = parse<PlainResponse>(all[key]);
    if (p && typeof p.id === 'string') pending.push(p);
  }
  return { source: parse<NominationSource>(all[SOURCE_KEY]), resync: parse<ResyncProgress>(all[RESYNC_KEY]), pending, pendingKeys };
}

export function saveSource(source: NominationSource): void {
  setDocumentProperty(SOURCE_KEY, JSON.stringify(source));
}

export function saveResync(progress: ResyncProgress | null): void {
  if (progress === null) deleteDocumentProperties([RESYNC_KEY]);
  else setDocumentProperty(RESYNC_KEY, JSON.stringify(progress));
}

/** Keeps a response for the next run (lock busy, Form changed): it is never lost. */
export function keepPending(response: PlainResponse): void {
  setDocumentProperty(`${PENDING_PREFIX}${response.id}`, JSON.stringify(response));
}

export function clearPending(keys: readonly string[]): void {
  deleteDocumentProperties(keys);
}
