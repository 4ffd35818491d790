/**
 * The in-memory Google Workspace, composed: one Kernel, every fake service, the bound summary
 * spreadsheet, and a harness that runs a built bundle (dist/Code.js) in a bare `vm` context the
 * way Apps Script runs it: only the Apps Script globals, a Date that reads the simulated clock,
 * top-level functions called by name as menu, simple-trigger or trigger executions.
 *
 * Node-only (src/offline is never bundled).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { DocsBackdoor, DriveBackdoor, FormsBackdoor, SheetsBackdoor, UiBackdoor } from './contracts';
import { createDocumentApp } from './docs/document-app';
import { createDocsAdvanced, docsServiceEnabled } from './docs/advanced';
import type { ReplacementMode } from './docs/regex';
import { createDriveApp } from './drive/drive-app';
import { createFormApp } from './forms/form-app';
import { createHtmlService } from './html/html-service';
import { Kernel, MimeTypes, type AuthModeName, type CostModel, type ExecutionKind, type Runner } from './kernel/kernel';
import { createLockService } from './lock/lock-service';
import { createMailApp, type MailBackdoor } from './mail/mail-app';
import { createPropertiesService, emptyStores } from './properties/properties-service';
import { AuthMode, createScriptApp, type InstallationSourceName } from './script/script-app';
import { ADDON_NAME } from './ui/ui';
import type { FormUrlShape } from './forms/model';
import { createConsole, createLogger, createSession, createUtilities } from './session/session';
import { createSpreadsheetApp } from './sheets/spreadsheet-app';
import { createSheetsAdvanced, type PendingWrites, sheetsServiceEnabled } from './sheets/advanced';
import type { TextFinderPending } from './sheets/text-finder';
import type { TextCellBehaviour } from './sheets/values';
import type { ProtectionKeeps, SheetValuesMinusOne } from './sheets/context';

export const BOUND_SPREADSHEET_NAME = 'Rekap Agen Perubahan';
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface WorkspaceOptions {
  distDir?: string;
  start?: number;
  costModel?: CostModel;
  user?: string;
  /** Behave as a published editor add-on: triggers only on the bound file (see platform.md). */
  addOn?: boolean;
  /**
   * Google does not document the order of Form.getResponses() after a response is edited:
   * 'by-timestamp' (default) puts it where its new time sorts (at the end), 'by-submission' keeps
   * it where it was first submitted. The product must be right under both.
   */
  responseOrder?: 'by-timestamp' | 'by-submission';
  /**
   * How DocumentApp's replaceText treats `$` and `\` in a replacement, which Google does not
   * document: 'java' (default; `$1` a group, `\$` a dollar) or 'literal' (inserted as written).
   */
  docsReplacement?: ReplacementMode;
  /** What spreadsheet form-submit events carry in e.values (see FormsDeps.eventValues). */
  formEventValues?: 'display' | 'submitted';
  /**
   * The bound script project's name, which names its Extensions submenu (default "Agen
   * Perubahan"); a published add-on's submenu is always the add-on's name.
   */
  scriptName?: string;
  /** What ScriptApp.getInstallationSource() answers (default from `addOn`), or 'throws'. */
  installationSource?: InstallationSourceName | 'throws';
  /** The shape of Sheet.getFormUrl() for response tabs (undocumented): 'id' (default) or 'published' (/d/e/…). */
  formUrlShape?: FormUrlShape;
  /** FormApp.openByUrl also opens a published /d/e/… URL (default false). */
  openByUrlAcceptsPublished?: boolean;
  /** The scopes the user granted (default: every scope of dist/appsscript.json). */
  grantedScopes?: string[];
  /**
   * Plain-text (@) cells, undocumented by Google: a leading apostrophe 'eaten' (default) or
   * 'kept'; text starting with "=" kept as 'text' (default) or made a 'formula'.
   */
  textCells?: Partial<TextCellBehaviour>;
  /** Form answers in a response tab: 'parsed' like typed input (default: NIPs become numbers) or kept as 'text'. */
  formAnswers?: 'parsed' | 'text';
  /**
   * Sheet.getSheetValues(1, 1, -1, -1), not clearly documented: the data rectangle ('data',
   * default), a refusal ('throws') or the whole grid with its blank rows and columns ('grid').
   */
  sheetValuesMinusOne?: SheetValuesMinusOne;
  /**
   * Whom Protection.removeEditor(s) cannot take off a protection's editors, which Google does not
   * document: 'owner' (default), 'owner-and-creator', or 'nobody' (see sheets/context ProtectionKeeps).
   */
  protectionKeeps?: ProtectionKeeps;
  /**
   * Whether a person's typing (sheets.userWrite) fires the bundle's simple onEdit trigger, as on
   * Google. Off by default for now: the suite's older tests type setup data without expecting the
   * trigger's calls; the edit-time review's tests turn it on.
   */
  simpleEditTrigger?: boolean;
  /** MailApp's recipients a day (default 100, a consumer account; Google Workspace: 1,500). */
  mailQuota?: number;
  /**
   * The Sheets advanced service (sheets/advanced.ts): false leaves the global out even when the
   * manifest enables it (a deployment whose manifest lacks it, or a service Google turned off).
   */
  sheetsApi?: boolean;
  /**
   * Whether a Sheets API call sees SpreadsheetApp changes of its execution not yet flushed
   * (undocumented): 'refuse' (default; the call throws) or 'stale' (reads see the last flush).
   */
  sheetsApiPending?: PendingWrites;
  /**
   * Whether a TextFinder sees values the execution wrote and has not flushed (undocumented):
   * 'sees' (default) or 'stale' (the cells as at the last flush).
   */
  textFinderPending?: TextFinderPending;
  /** The Sheets API's per-user request quotas a minute (default 60 reads, 60 writes; 0: every call is over). */
  sheetsApiQuota?: { readsPerMinute?: number; writesPerMinute?: number };
}

export interface Workspace {
  kernel: Kernel;
  /** The bound spreadsheet "Rekap Agen Perubahan". */
  spreadsheetId: string;
  sheets: SheetsBackdoor;
  ui: UiBackdoor;
  forms: FormsBackdoor;
  docs: DocsBackdoor;
  drive: DriveBackdoor;
  /** The messages MailApp sent (nothing leaves the machine) and its quota. */
  mail: MailBackdoor;
  /** Live views of the property stores (user: the kernel user's store). */
  properties: { script: Record<string, string>; document: Record<string, string>; user: Record<string, string> };
  /** Lines written by Logger.log and console.*. */
  logs: string[];
  /** The Apps Script globals the bundle sees. */
  globals: Record<string, unknown>;
  /** Loads the bundle, default `${distDir}/Code.js`. */
  load(codeFile?: string): void;
  /** Loads bundle source text (tests: a tiny hand-written bundle). */
  loadSource(code: string, filename?: string): void;
  /** Runs a top-level function as a menu/sidebar execution ('editor'); errors propagate. */
  run<T = unknown>(fn: string, ...args: unknown[]): T;
  /**
   * The user opens the spreadsheet: onOpen runs as a simple trigger, in AuthMode.LIMITED for a
   * bound script or an add-on enabled in this spreadsheet, in AuthMode.NONE for an add-on not yet
   * used here (or in the mode given).
   */
  open(options?: { authMode?: AuthModeName }): void;
  /** The user installs the add-on from the Marketplace while in this spreadsheet: onInstall in AuthMode.FULL. */
  install(): void;
}

/** Apps Script's MimeType enum, as the strings its methods accept. */
const MIME_TYPE_GLOBAL = Object.freeze({
  GOOGLE_DOCS: MimeTypes.DOCUMENT,
  GOOGLE_SHEETS: MimeTypes.SPREADSHEET,
  GOOGLE_FORMS: MimeTypes.FORM,
  FOLDER: MimeTypes.FOLDER,
  PDF: MimeTypes.PDF,
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  CSV: 'text/csv',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});

/**
 * Replaces the context's Date by one whose `new Date()` and `Date.now()` read the simulated
 * clock. Dates stay real Dates of the context (instanceof and [object Date] hold).
 */
const DATE_PATCH = `(function (now) {
  var RealDate = Date;
  function SimDate() {
    if (!new.target) return new RealDate(now()).toString();
    var args = arguments.length === 0 ? [now()] : Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args, new.target);
  }
  SimDate.prototype = RealDate.prototype;
  RealDate.prototype.constructor = SimDate;
  SimDate.now = function () { return now(); };
  SimDate.parse = RealDate.parse;
  SimDate.UTC = RealDate.UTC;
  Object.defineProperty(globalThis, 'Date', { value: SimDate, writable: true, configurable: true, enumerable: false });
  return {
    makeDate: function (ms) { return new RealDate(ms); },
    makeError: function (message) { var e = new Error(message); e.name = 'Exception'; return e; }
  };
})`;

let datePatch: vm.Script | undefined;
/** The Date patch compiled once; each Workspace runs it in its own context. */
function datePatchScript(): vm.Script {
  return (datePatch ??= new vm.Script(DATE_PATCH, { filename: 'date-patch.js' }));
}

const bundles = new Map<string, { version: string; script: vm.Script }>();
/**
 * The bundle `file` compiled, read and compiled again only when the file changed (its size or
 * modification time): every Workspace of a test worker runs the same script in a fresh context of
 * its own (a compiled vm.Script holds no state of a run), instead of reading and compiling the
 * file once per Workspace.
 */
function bundleScript(file: string): vm.Script {
  const stat = statSync(file);
  const version = `${stat.size}:${stat.mtimeMs}`;
  const known = bundles.get(file);
  if (known?.version === version) return known.script;
  const script = new vm.Script(readFileSync(file, 'utf8'), { filename: file });
  bundles.set(file, { version, script });
  return script;
}

/** The built manifest (dist/appsscript.json), or null when there is none. */
function readManifest(distDir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8'));
  } catch {
    return null;
  }
}

export function createWorkspace(options: WorkspaceOptions = {}): Workspace {
  const distDir = resolve(options.distDir ?? process.env.AGEN_PERUBAHAN_DIST ?? join(REPO_ROOT, 'dist'));
  const kernel = new Kernel({ start: options.start, costModel: options.costModel, user: options.user });
  kernel.addOnMenuName = options.addOn ? ADDON_NAME : options.scriptName ?? ADDON_NAME;
  const logs: string[] = [];

  const sheetsFake = createSpreadsheetApp(kernel, {
    textCells: options.textCells,
    formAnswers: options.formAnswers,
    sheetValuesMinusOne: options.sheetValuesMinusOne,
    protectionKeeps: options.protectionKeeps,
    keepFlushedCells: options.sheetsApiPending === 'stale',
    textFinderPending: options.textFinderPending,
  });
  const docsFake = createDocumentApp(kernel, { replacement: options.docsReplacement });
  const driveFake = createDriveApp(kernel);
  const spreadsheetId = sheetsFake.backdoor.createSpreadsheet(BOUND_SPREADSHEET_NAME, { bound: true });
  const formsFake = createFormApp(kernel, {
    sheets: () => sheetsFake.backdoor,
    responseOrder: options.responseOrder,
    eventValues: options.formEventValues,
    formUrlShape: options.formUrlShape,
    openByUrlAcceptsPublished: options.openByUrlAcceptsPublished,
  });
  const mailFake = createMailApp(kernel, { dailyQuota: options.mailQuota });
  const stores = emptyStores();
  let context: vm.Context | null = null;

  const globals: Record<string, unknown> = {
    SpreadsheetApp: sheetsFake.SpreadsheetApp,
    Charts: sheetsFake.Charts,
    FormApp: formsFake.FormApp,
    DocumentApp: docsFake.DocumentApp,
    DriveApp: driveFake.DriveApp,
    ScriptApp: createScriptApp(kernel, {
      containerId: () => spreadsheetId,
      addOn: options.addOn,
      installationSource: options.installationSource,
      scopes: () => {
        const required = manifestScopes(distDir);
        return { required, granted: options.grantedScopes ?? required };
      },
    }),
    LockService: createLockService(kernel, { containerId: () => spreadsheetId }),
    PropertiesService: createPropertiesService(kernel, stores),
    HtmlService: createHtmlService(kernel, { distDir, context: () => context }),
    Session: createSession(kernel),
    Utilities: createUtilities(kernel),
    Logger: createLogger(kernel, logs),
    console: createConsole(kernel, logs),
    MimeType: MIME_TYPE_GLOBAL,
    MailApp: mailFake.MailApp,
  };
  // Advanced services exist only when the manifest enables them, as in Apps Script.
  const manifest = readManifest(distDir);
  if (docsServiceEnabled(manifest)) globals.Docs = createDocsAdvanced(kernel);
  if (sheetsServiceEnabled(manifest) && options.sheetsApi !== false) {
    globals.Sheets = createSheetsAdvanced(kernel, sheetsFake.ctx, {
      modelOf: sheetsFake.modelOf,
      grantedScopes: () => options.grantedScopes ?? manifestScopes(distDir),
      pending: options.sheetsApiPending,
      quota: options.sheetsApiQuota,
    });
  }

  const runner: Runner = (handler, args, kind, triggerUid, authMode, user) => {
    if (!context) throw new Error('Workspace: no bundle loaded');
    const ctx = context;
    const owner = user ?? (triggerUid ? kernel.triggers.find((t) => t.uid === triggerUid)?.owner : undefined);
    const exec = kernel.beginExecution(kind, triggerUid, owner, authMode);
    try {
      const fn = (ctx as Record<string, unknown>)[handler];
      if (typeof fn !== 'function') throw kernel.makeError(`Script function not found: ${handler}`);
      return (fn as (...a: unknown[]) => unknown).apply(undefined, args);
    } catch (e) {
      if (kind === 'editor') throw e;
      // Google records a trigger's failure in the executions log; nobody sees a dialog.
      kernel.failedExecutions.push({ handler, kind, error: errorText(e) });
      return undefined;
    } finally {
      kernel.endExecution(exec);
    }
  };

  const runScript = (script: vm.Script) => {
    const ctx = vm.createContext({ ...globals }, { name: 'Apps Script', codeGeneration: { strings: true, wasm: false } });
    const patch = datePatchScript().runInContext(ctx) as (now: () => number) => {
      makeDate: (ms: number) => Date;
      makeError: (message: string) => Error;
    };
    const made = patch(() => kernel.now());
    kernel.makeDate = made.makeDate;
    kernel.makeError = made.makeError;
    script.runInContext(ctx);
    context = ctx;
    kernel.runner = runner;
  };
  const loadSource = (code: string, filename = 'Code.js') => runScript(new vm.Script(code, { filename }));

  // A person typing into the bound spreadsheet fires its simple onEdit trigger, as Google does
  // ("onEdit(e) runs when a user changes a value in a spreadsheet"; not for a script's writes nor
  // a Form's rows), as that person, in AuthMode.LIMITED (an add-on not yet used here: NONE).
  // e.value is given for a one-cell edit only; e.oldValue is not imitated.
  const typed = sheetsFake.backdoor.userWrite;
  const sheetsBackdoor: SheetsBackdoor = {
    ...sheetsFake.backdoor,
    userWrite(id, name, row, column, values, as) {
      typed(id, name, row, column, values, as);
      if (id !== spreadsheetId || !context || typeof (context as Record<string, unknown>).onEdit !== 'function' || options.simpleEditTrigger !== true) return;
      const width = Math.max(0, ...values.map((r) => r.length));
      if (values.length === 0 || width === 0) return;
      const mode: AuthModeName = options.addOn && !kernel.addOnEnabled ? 'NONE' : 'LIMITED';
      const { source, range } = kernel.quietly(() => {
        const ss = sheetsFake.backdoor.spreadsheetObject(id);
        return { source: ss, range: ss.getSheetByName(name)!.getRange(row, column, values.length, width) };
      });
      const one = values.length === 1 && width === 1;
      const event = mode === 'NONE' ? { authMode: AuthMode.NONE, range } : { authMode: AuthMode.LIMITED, range, source, user: { getEmail: () => as ?? '' }, ...(one ? { value: values[0][0] } : {}) };
      kernel.run('onEdit', [event], 'simple-trigger' as ExecutionKind, undefined, mode, as);
    },
  };

  const ws: Workspace = {
    kernel,
    spreadsheetId,
    sheets: sheetsBackdoor,
    ui: sheetsFake.ui,
    forms: formsFake.backdoor,
    docs: docsFake.backdoor,
    drive: driveFake.backdoor,
    mail: mailFake.backdoor,
    properties: {
      script: stores.script,
      document: stores.document,
      get user() {
        stores.users[kernel.user] ??= {};
        return stores.users[kernel.user];
      },
    },
    logs,
    globals,
    load(codeFile?: string) {
      runScript(bundleScript(codeFile ?? join(distDir, 'Code.js')));
    },
    loadSource,
    run<T = unknown>(fn: string, ...args: unknown[]): T {
      return kernel.run(fn, args, 'editor') as T;
    },
    open(openOptions = {}) {
      if (!context) throw new Error('Workspace: no bundle loaded');
      const source = sheetsFake.backdoor.spreadsheetObject(spreadsheetId);
      const mode: AuthModeName = openOptions.authMode ?? (options.addOn && !kernel.addOnEnabled ? 'NONE' : 'LIMITED');
      // Google runs onOpen only when the script defines it.
      if (typeof (context as Record<string, unknown>).onOpen === 'function') {
        // In AuthMode.NONE the event carries no source (the document is out of reach).
        const event = mode === 'NONE' ? { authMode: AuthMode.NONE } : { authMode: AuthMode[mode], source, user: { getEmail: () => '' } };
        kernel.run('onOpen', [event], 'simple-trigger' as ExecutionKind, undefined, mode);
      }
      kernel.fire(spreadsheetId, 'ON_OPEN', (t) => ({ authMode: AuthMode.FULL, source, triggerUid: t.uid }));
    },
    install() {
      if (!context) throw new Error('Workspace: no bundle loaded');
      // Google: "When an add-on is installed, onInstall() runs in AuthMode.FULL"; installing it
      // from within a document also enables it there.
      kernel.addOnEnabled = true;
      if (typeof (context as Record<string, unknown>).onInstall === 'function') {
        const source = sheetsFake.backdoor.spreadsheetObject(spreadsheetId);
        kernel.run('onInstall', [{ authMode: AuthMode.FULL, source }], 'simple-trigger' as ExecutionKind, undefined, 'FULL');
      }
    },
  };
  return ws;
}

/** The oauthScopes of the built manifest (what the user is asked to grant), [] when unreadable. */
function manifestScopes(distDir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8')) as { oauthScopes?: unknown };
    return Array.isArray(manifest.oauthScopes) ? manifest.oauthScopes.map(String) : [];
  } catch {
    return [];
  }
}

function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as Error).message);
  return String(e);
}
