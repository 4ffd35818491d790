/**
 * The shared state of the in-memory Google Workspace: call counting, the simulated clock, the
 * current execution (who runs, in which authorisation mode, since when), fault injection, the
 * Drive file registry, installed triggers and script locks. Every fake service is built on one
 * Kernel, so a test can read how many round trips an action cost and make any call fail.
 *
 * Node-only (src/offline is never bundled).
 */

export type ExecutionKind =
  /** A menu item, a dialog or sidebar call (google.script.run), run by the signed-in user. */
  | 'editor'
  /** A simple trigger (onOpen): AuthMode.LIMITED, no service that needs authorisation. */
  | 'simple-trigger'
  /** An installable trigger (form submit, time-driven): no UI. */
  | 'trigger';

/**
 * Google's ScriptApp.AuthMode of an execution. A simple trigger runs in LIMITED; an editor add-on's
 * onOpen runs in NONE where the add-on is installed for the user but not yet enabled in the
 * document ("AuthMode.NONE (unless enabled, then AuthMode.LIMITED)",
 * developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle); everything else FULL.
 */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface Execution {
  readonly id: number;
  readonly kind: ExecutionKind;
  readonly user: string;
  readonly startedAt: number;
  readonly triggerUid?: string;
  readonly authMode: AuthModeName;
}

export type TriggerEventType = 'ON_FORM_SUBMIT' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'CLOCK';
export type TriggerSourceType = 'SPREADSHEETS' | 'FORMS' | 'DOCUMENTS' | 'CLOCK';

export interface TriggerRecord {
  readonly uid: string;
  readonly handler: string;
  readonly eventType: TriggerEventType;
  readonly sourceType: TriggerSourceType;
  /** File id of the spreadsheet/form/document; '' for clock triggers. */
  readonly sourceId: string;
  /** E-mail of the user who installed it. */
  readonly owner: string;
  /** Clock triggers: fire once at this time (after()) or repeat every `everyMs`. */
  readonly clock?: { at?: number; everyMs?: number; atHour?: number };
}

/** One file in the simulated Drive. `content` is the service model (spreadsheet, form, doc…). */
export interface DriveEntry {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  parents: string[];
  owner: string;
  trashed: boolean;
  readonly createdAt: number;
  updatedAt: number;
  content: CopyableContent | null;
}

/** A file body that DriveApp's makeCopy can duplicate. */
export interface CopyableContent {
  /** A deep, independent copy registered under the new file id. */
  cloneForCopy(newId: string): CopyableContent;
}

export const MimeTypes = {
  SPREADSHEET: 'application/vnd.google-apps.spreadsheet',
  FORM: 'application/vnd.google-apps.form',
  DOCUMENT: 'application/vnd.google-apps.document',
  FOLDER: 'application/vnd.google-apps.folder',
  PDF: 'application/pdf',
} as const;

export interface Fault {
  /** "Service.member", "Service.*" or a predicate over the call. */
  readonly match: string | ((service: string, member: string) => boolean);
  /** Which matching call fails, 1-based, counted from when the fault was injected. Default 1. */
  readonly nth?: number;
  /** How many consecutive matching calls fail from the nth on. Default 1. */
  readonly times?: number;
  /** The message of the thrown Error (Google's wording where known). */
  readonly message: string;
}

interface ActiveFault extends Fault {
  seen: number;
  failed: number;
}

/** Simulated milliseconds each call costs, by "Service" or "Service.member" (member wins). */
export type CostModel = Record<string, number>;

/**
 * The assumed cost of a round trip. A call that fetches or stores data (open a file, read or
 * write a range, list responses) is a network round trip, tens of milliseconds or more; getters
 * on an object already fetched (a FormResponse's id, timestamp, item responses) are served from
 * what the fetch brought and cost about a millisecond each. Figures are deliberately on the slow
 * side of what Apps Script users report; the benchmark documents them.
 */
export const DEFAULT_COST_MODEL: CostModel = {
  'FormApp.FormResponse': 2,
  'FormApp.ItemResponse': 2,
  'FormApp.Item': 2,
  'FormApp.Choice': 1,
  'FormApp.Form.getResponses': 1500,
  'SpreadsheetApp.Range.getValues': 150,
  'SpreadsheetApp.Range.setValues': 300,
  'Docs.Documents.get': 300,
  'Docs.Documents.batchUpdate': 500,
  'Sheets.Spreadsheets.Values.batchGet': 300,
  'Sheets.Spreadsheets.Values.get': 300,
  'Sheets.Spreadsheets.Values.batchUpdate': 500,
  'Sheets.Spreadsheets.Values.update': 500,
  Sheets: 300,
  SpreadsheetApp: 40,
  FormApp: 40,
  DocumentApp: 40,
  DriveApp: 80,
  ScriptApp: 60,
  LockService: 20,
  PropertiesService: 20,
  HtmlService: 5,
  Session: 5,
  Utilities: 1,
  Logger: 0,
  console: 0,
};

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

export interface KernelOptions {
  /** Simulated start time in ms since the epoch. Default 2026-11-27 09:00 WITA. */
  start?: number;
  costModel?: CostModel;
  /** The signed-in user. */
  user?: string;
}

/** Runs a top-level function of the loaded bundle as a new execution; set by the harness. */
export type Runner = (handler: string, args: unknown[], kind: ExecutionKind, triggerUid?: string, authMode?: AuthModeName, user?: string) => unknown;

export class Kernel {
  private readonly callCounts = new Map<string, number>();
  private readonly cellCounts = { read: 0, write: 0 };
  private nowMs: number;
  private readonly costModel: CostModel;
  private faults: ActiveFault[] = [];
  private executionSeq = 0;
  private idSeq = 0;
  private readonly executionStack: Execution[] = [];
  /** Called after every counted call (used by tests to interleave executions). */
  onCall: ((service: string, member: string) => void) | null = null;

  user: string;
  readonly files = new Map<string, DriveEntry>();
  readonly triggers: TriggerRecord[] = [];
  /** Script-lock holder: execution id, or -1 for a simulated outside holder. */
  scriptLockHolder: number | null = null;
  /** While an outside holder keeps the lock, how long (ms of simulated time) it will hold it. */
  scriptLockFreeAt = 0;
  runner: Runner | null = null;
  /** Wall ms spent inside the in-memory services since resetCalls (only under AGEN_SERVICE_TIME=1: kernel/fake.ts). */
  serviceMs = 0;
  /** Builds Date objects in the bundle's realm so `instanceof Date` holds there. */
  makeDate: (ms: number) => Date = (ms) => new Date(ms);
  /**
   * Builds the errors fake services throw, in the bundle's realm (`e instanceof Error` holds
   * there). Like Apps Script's, their name is "Exception" and the message carries no prefix.
   */
  makeError: (message: string) => Error = (message) => {
    const e = new Error(message);
    e.name = 'Exception';
    return e;
  };
  /** Document/user/script locks other than the script lock: key → holder and release time. */
  readonly locks = new Map<string, { holder: number; freeAt: number }>();
  private quietDepth = 0;
  /** The file id behind a counted object (Form, Spreadsheet, Document), set by the fakes that make them. */
  readonly objectFileIds = new WeakMap<object, string>();
  /** Every execution that ended with an uncaught error, for tests (Apps Script's executions log). */
  readonly failedExecutions: { handler: string; kind: ExecutionKind; error: string }[] = [];

  constructor(options: KernelOptions = {}) {
    this.nowMs = options.start ?? Date.parse('2026-11-27T01:00:00Z');
    this.costModel = { ...DEFAULT_COST_MODEL, ...(options.costModel ?? {}) };
    this.user = options.user ?? 'tim.rb@dinkes.nttprov.go.id';
  }

  // ---- call counting -------------------------------------------------------------------------

  /**
   * Every public method of a fake service starts with this. It counts the call, advances the
   * simulated clock by the call's cost, enforces the execution time limit, and throws an
   * injected fault when one matches.
   */
  count(service: string, member: string): void {
    if (this.quietDepth > 0) return;
    const key = `${service}.${member}`;
    this.callCounts.set(key, (this.callCounts.get(key) ?? 0) + 1);
    this.nowMs += this.costOf(service, member);
    const exec = this.currentExecution;
    if (exec) {
      const limit = exec.kind === 'simple-trigger' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS;
      if (this.nowMs - exec.startedAt > limit) {
        throw this.makeError('Exceeded maximum execution time');
      }
    }
    for (const fault of this.faults) {
      const matches =
        typeof fault.match === 'function'
          ? fault.match(service, member)
          : fault.match === key || fault.match === `${service}.*`;
      if (!matches) continue;
      fault.seen += 1;
      const first = fault.nth ?? 1;
      if (fault.seen >= first && fault.failed < (fault.times ?? 1)) {
        fault.failed += 1;
        throw this.makeError(fault.message);
      }
    }
    this.onCall?.(service, member);
  }

  /** Simulated cost of one call: "Service.Class.method", else "Service.Class", else "Service". */
  costOf(service: string, member: string): number {
    const dot = member.indexOf('.');
    const cls = dot > 0 ? `${service}.${member.slice(0, dot)}` : '';
    return this.costModel[`${service}.${member}`] ?? (cls ? this.costModel[cls] : undefined) ?? this.costModel[service] ?? 0;
  }

  /** Calls so far, keyed "Service.member". */
  calls(): Record<string, number> {
    return Object.fromEntries([...this.callCounts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Total calls, optionally of one service. */
  totalCalls(service?: string): number {
    let total = 0;
    for (const [key, n] of this.callCounts) {
      if (!service || key.startsWith(`${service}.`)) total += n;
    }
    return total;
  }

  /** Calls per service. */
  callsByService(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, n] of this.callCounts) {
      const service = key.slice(0, key.indexOf('.'));
      out[service] = (out[service] ?? 0) + n;
    }
    return out;
  }

  resetCalls(): void {
    this.serviceMs = 0;
    this.callCounts.clear();
    this.cellCounts.read = 0;
    this.cellCounts.write = 0;
  }

  /**
   * The cells a counted read or write carried (Range.getValues, Sheet.getSheetValues, setValues,
   * appendRow…): counted, and charged `cells.read` / `cells.write` ms per cell of the cost model
   * (0 unless a model sets them, as the benchmark's size-aware one does).
   */
  transfer(kind: 'read' | 'write', cells: number): void {
    if (this.quietDepth > 0) return;
    this.cellCounts[kind] += cells;
    this.nowMs += cells * (this.costModel[`cells.${kind}`] ?? 0);
  }

  /** Cells read and written since the last resetCalls. */
  cells(): { read: number; write: number } {
    return { ...this.cellCounts };
  }

  /**
   * Runs `fn` without counting, charging or faulting the fake calls it makes: for back doors
   * that reuse counted objects (e.g. a Range for an event) the bundle never asked for.
   */
  quietly<T>(fn: () => T): T {
    this.quietDepth += 1;
    try {
      return fn();
    } finally {
      this.quietDepth -= 1;
    }
  }

  // ---- faults ---------------------------------------------------------------------------------

  injectFault(fault: Fault): void {
    this.faults.push({ ...fault, seen: 0, failed: 0 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  // ---- clock ----------------------------------------------------------------------------------

  now(): number {
    return this.nowMs;
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }

  setNow(ms: number): void {
    this.nowMs = ms;
  }

  // ---- executions -----------------------------------------------------------------------------

  get currentExecution(): Execution | null {
    return this.executionStack[this.executionStack.length - 1] ?? null;
  }

  beginExecution(kind: ExecutionKind, triggerUid?: string, user?: string, authMode?: AuthModeName): Execution {
    const exec: Execution = {
      id: ++this.executionSeq,
      kind,
      user: user ?? this.user,
      startedAt: this.nowMs,
      triggerUid,
      authMode: authMode ?? (kind === 'simple-trigger' ? 'LIMITED' : 'FULL'),
    };
    // An editor add-on becomes enabled in a document when someone uses it there (a menu item or
    // a dialog runs): from then on its onOpen runs in LIMITED instead of NONE.
    if (kind === 'editor') this.addOnEnabled = true;
    this.executionStack.push(exec);
    return exec;
  }

  endExecution(exec: Execution): void {
    const top = this.executionStack.pop();
    if (top !== exec) throw new Error('Kernel: executions ended out of order');
    // Apps Script releases a lock the script forgot to release when the execution ends.
    if (this.scriptLockHolder === exec.id) this.scriptLockHolder = null;
    for (const [key, lock] of this.locks) {
      if (lock.holder === exec.id) this.locks.delete(key);
    }
  }

  // ---- locks ----------------------------------------------------------------------------------

  /** Tests: another process holds the script lock until `untilMs` (simulated time). */
  holdScriptLock(untilMs: number): void {
    this.scriptLockHolder = -1;
    this.scriptLockFreeAt = untilMs;
  }

  /**
   * Tests: another process holds a document lock (`key` "document:<fileId>") or a user lock
   * (`key` "user:<email>") until `untilMs`.
   */
  holdLock(key: string, untilMs: number): void {
    this.locks.set(key, { holder: -1, freeAt: untilMs });
  }

  // ---- authorisation --------------------------------------------------------------------------

  /**
   * Services that need the user's authorisation refuse to run in a simple trigger (onOpen,
   * AuthMode.LIMITED) and in AuthMode.NONE, with Google's wording. `method` is e.g. "FormApp.openById"; `scopes`
   * the OAuth scopes it needs.
   */
  requireAuthorization(method: string, scopes: string[]): void {
    const exec = this.currentExecution;
    if (!exec || exec.authMode === 'FULL') return;
    const needed = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
    throw this.makeError(`You do not have permission to call ${method}. Required permissions: ${needed}`);
  }

  /**
   * What a simple trigger may use (the bound file, its properties, the user's locale) but an
   * add-on in AuthMode.NONE may not: Google, "Do not attempt to take any action that requires
   * authorization (such as checking the script Properties) while the add-on is in
   * ScriptApp.AuthMode.NONE" (developers.google.com/workspace/add-ons/concepts/menus). Menus and
   * SpreadsheetApp.getUi() stay available.
   */
  requireBoundAccess(method: string, scopes: string[]): void {
    if (this.currentExecution?.authMode !== 'NONE') return;
    const needed = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
    throw this.makeError(`You do not have permission to call ${method}. Required permissions: ${needed}`);
  }

  /** True once the add-on was used in the bound document (see beginExecution). */
  addOnEnabled = false;
  /** The Extensions submenu's name: the add-on's name, or a bound script's project name. */
  addOnMenuName = 'Agen Perubahan';

  /** Runs `handler` of the loaded bundle as a new execution (needs a runner from the harness). */
  run(handler: string, args: unknown[] = [], kind: ExecutionKind = 'editor', triggerUid?: string, authMode?: AuthModeName, user?: string): unknown {
    if (!this.runner) throw new Error('Kernel: no bundle loaded');
    return this.runner(handler, args, kind, triggerUid, authMode, user);
  }

  // ---- ids and files --------------------------------------------------------------------------

  /** A deterministic id shaped like Google's (44 chars of [A-Za-z0-9_-]). */
  newId(prefix = '1'): string {
    const n = (++this.idSeq).toString(36).padStart(6, '0');
    return `${prefix}${'AgenPerubahanFakeId'}${n}`.padEnd(44, 'x');
  }

  registerFile(entry: Omit<DriveEntry, 'createdAt' | 'updatedAt' | 'trashed' | 'parents' | 'owner'> &
    Partial<Pick<DriveEntry, 'parents' | 'owner'>>): DriveEntry {
    const full: DriveEntry = {
      parents: [],
      owner: this.currentExecution?.user ?? this.user,
      ...entry,
      trashed: false,
      createdAt: this.nowMs,
      updatedAt: this.nowMs,
    };
    this.files.set(full.id, full);
    return full;
  }

  file(id: string): DriveEntry | undefined {
    return this.files.get(id);
  }

  // ---- triggers -------------------------------------------------------------------------------

  addTrigger(t: Omit<TriggerRecord, 'uid'>): TriggerRecord {
    const record: TriggerRecord = { ...t, uid: String(1_000_000 + this.triggers.length + this.idSeq++) };
    this.triggers.push(record);
    return record;
  }

  removeTrigger(uid: string): boolean {
    const i = this.triggers.findIndex((t) => t.uid === uid);
    if (i < 0) return false;
    this.triggers.splice(i, 1);
    return true;
  }

  /**
   * Fires every installed trigger of `eventType` on `sourceId`, each as its own execution, the
   * way Google does after a user action. `makeEvent` builds the event for one trigger.
   */
  fire(sourceId: string, eventType: TriggerEventType, makeEvent: (t: TriggerRecord) => unknown): void {
    const matching = this.triggers.filter((t) => t.sourceId === sourceId && t.eventType === eventType);
    for (const t of matching) {
      this.run(t.handler, [makeEvent(t)], 'trigger', t.uid);
    }
  }

  /** Fires due clock triggers (one-off ones are removed once fired, as Google does). */
  fireDueClockTriggers(): number {
    const due = this.triggers.filter((t) => t.eventType === 'CLOCK' && t.clock?.at !== undefined && t.clock.at <= this.nowMs);
    for (const t of due) {
      if (t.clock?.everyMs) {
        (t.clock as { at?: number }).at = (t.clock.at ?? this.nowMs) + t.clock.everyMs;
      }
      this.run(t.handler, [{ triggerUid: t.uid, authMode: 'FULL' }], 'trigger', t.uid);
      if (!t.clock?.everyMs) this.removeTrigger(t.uid);
    }
    return due.length;
  }
}

/** Google's wording for calls that need a UI inside a trigger. */
export const UI_FROM_TRIGGER_ERROR = 'Cannot call SpreadsheetApp.getUi() from this context.';
