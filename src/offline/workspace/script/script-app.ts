/**
 * ScriptApp: installable triggers over `kernel.triggers`. Its enums (AuthMode, EventType,
 * TriggerSource…) are Google's, from kernel/fake.ts.
 */
import { enumValue, FakeObject, googleEnum, imitates } from '../kernel/fake';
import type { Kernel, TriggerEventType, TriggerRecord, TriggerSourceType } from '../kernel/kernel';

export const AuthMode = googleEnum('Script.AuthMode');

export const SCRIPT_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS_ERROR = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const ADDON_OTHER_FILE_ERROR = 'Add-ons can only create triggers for the file in which the add-on is used.';
/**
 * Google: "Each add-on can only have one trigger of each type, per user, per document"
 * (developers.google.com/workspace/add-ons/concepts/editor-triggers). The clock wording is the
 * one add-on users report; the other types follow it.
 */
export function addOnTriggerTypeError(eventType: TriggerEventType): string {
  const kind: Record<TriggerEventType, string> = { CLOCK: 'time-based', ON_FORM_SUBMIT: 'form submit', ON_OPEN: 'open', ON_EDIT: 'edit', ON_CHANGE: 'change' };
  return `This add-on has created too many ${kind[eventType]} triggers in this document for this Google user account.`;
}
/** "NONE: Script is not running as an add-on" (apps-script/reference/script/installation-source). */
export type InstallationSourceName = 'APPS_MARKETPLACE_DOMAIN_ADD_ON' | 'NONE' | 'WEB_STORE_ADD_ON';
export const FAKE_SCRIPT_ID = '1AgenPerubahanScriptIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const WITA_OFFSET_MS = 8 * HOUR_MS;

export interface ScriptAppOptions {
  /** The bound file; null for a standalone script. */
  containerId: () => string | null;
  /**
   * A published editor add-on: triggers only on the file it runs in, one trigger of each type
   * per user, clock at most hourly.
   */
  addOn?: boolean;
  /**
   * What getInstallationSource() answers (default: WEB_STORE_ADD_ON for an add-on, NONE for a
   * bound script); 'throws' makes the call fail, to test the fallback that does not rely on it.
   */
  installationSource?: InstallationSourceName | 'throws';
  /** The manifest's scopes and those the user granted (getAuthorizationInfo). Default: none asked. */
  scopes?: () => { required: string[]; granted: string[] };
}

/** The file id of a Form/Spreadsheet/Document object or an id string. */
function fileIdOf(kernel: Kernel, key: unknown): string {
  if (typeof key === 'string') return key;
  if (key && typeof key === 'object') {
    const tagged = kernel.objectFileIds.get(key);
    if (tagged) return tagged;
    const getId = (key as { getId?: () => string }).getId;
    if (typeof getId === 'function') return kernel.quietly(() => String(getId.call(key)));
  }
  throw kernel.makeError('Invalid argument: key');
}

interface Trigger extends GoogleAppsScript.Script.Trigger {}
class Trigger extends FakeObject {
  constructor(kernel: Kernel, readonly record: TriggerRecord) {
    super(kernel, 'ScriptApp', 'Trigger');
  }
  getUniqueId(): string {
    this.count('getUniqueId');
    return this.record.uid;
  }
  getHandlerFunction(): string {
    this.count('getHandlerFunction');
    return this.record.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    this.count('getEventType');
    return enumValue('Script.EventType', this.record.eventType);
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.count('getTriggerSource');
    return enumValue('Script.TriggerSource', this.record.sourceType);
  }
  getTriggerSourceId(): string {
    this.count('getTriggerSourceId');
    return (this.record.sourceType === 'CLOCK' ? null : this.record.sourceId) as string;
  }
}
imitates(Trigger, 'Script.Trigger');

/** What the trigger builders share: who installs, and the add-on and per-user limits. */
interface ScriptContext {
  kernel: Kernel;
  options: ScriptAppOptions;
  currentUser(): string;
}

function install(
  ctx: ScriptContext,
  handler: string,
  eventType: TriggerEventType,
  sourceType: TriggerSourceType,
  sourceId: string,
  clock?: TriggerRecord['clock'],
): Trigger {
  const { kernel, options } = ctx;
  const owner = ctx.currentUser();
  if (options.addOn && sourceType !== 'CLOCK' && sourceId !== options.containerId()) {
    throw kernel.makeError(ADDON_OTHER_FILE_ERROR);
  }
  if (kernel.triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS_PER_USER) {
    throw kernel.makeError(TOO_MANY_TRIGGERS_ERROR);
  }
  if (options.addOn && kernel.triggers.some((t) => t.owner === owner && t.eventType === eventType)) {
    throw kernel.makeError(addOnTriggerTypeError(eventType));
  }
  return new Trigger(kernel, kernel.addTrigger({ handler, eventType, sourceType, sourceId, owner, clock }));
}

/** A trigger on a file: its event is chosen by one on…() call, then create(). */
abstract class FileTriggerBuilder extends FakeObject {
  private event: TriggerEventType | null = null;
  protected constructor(
    private readonly ctx: ScriptContext,
    cls: string,
    private readonly handler: string,
    private readonly sourceType: TriggerSourceType,
    private readonly sourceId: string,
  ) {
    super(ctx.kernel, 'ScriptApp', cls);
  }
  protected on(method: string, type: TriggerEventType): this {
    this.count(method);
    this.event = type;
    return this;
  }
  onOpen(): this {
    return this.on('onOpen', 'ON_OPEN');
  }
  create(): Trigger {
    this.count('create');
    if (!this.event) throw this.kernel.makeError('Missing trigger event type. Call one of the on...() methods before create().');
    return install(this.ctx, this.handler, this.event, this.sourceType, this.sourceId);
  }
}

/** A trigger on a Form or a spreadsheet: both can fire on a form submission. */
abstract class SubmitTriggerBuilder extends FileTriggerBuilder {
  onFormSubmit(): this {
    return this.on('onFormSubmit', 'ON_FORM_SUBMIT');
  }
}

interface FormTriggerBuilder extends Omit<GoogleAppsScript.Script.FormTriggerBuilder, keyof SubmitTriggerBuilder> {}
class FormTriggerBuilder extends SubmitTriggerBuilder {
  constructor(ctx: ScriptContext, handler: string, sourceId: string) {
    super(ctx, 'FormTriggerBuilder', handler, 'FORMS', sourceId);
  }
}
imitates(FormTriggerBuilder, 'Script.FormTriggerBuilder');

interface SpreadsheetTriggerBuilder extends Omit<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, keyof SubmitTriggerBuilder> {}
class SpreadsheetTriggerBuilder extends SubmitTriggerBuilder {
  constructor(ctx: ScriptContext, handler: string, sourceId: string) {
    super(ctx, 'SpreadsheetTriggerBuilder', handler, 'SPREADSHEETS', sourceId);
  }
  onEdit(): this {
    return this.on('onEdit', 'ON_EDIT');
  }
  onChange(): this {
    return this.on('onChange', 'ON_CHANGE');
  }
}
imitates(SpreadsheetTriggerBuilder, 'Script.SpreadsheetTriggerBuilder');

interface DocumentTriggerBuilder extends Omit<GoogleAppsScript.Script.DocumentTriggerBuilder, keyof FileTriggerBuilder> {}
class DocumentTriggerBuilder extends FileTriggerBuilder {
  constructor(ctx: ScriptContext, handler: string, sourceId: string) {
    super(ctx, 'DocumentTriggerBuilder', handler, 'DOCUMENTS', sourceId);
  }
}
imitates(DocumentTriggerBuilder, 'Script.DocumentTriggerBuilder');

interface ClockTriggerBuilder extends GoogleAppsScript.Script.ClockTriggerBuilder {}
class ClockTriggerBuilder extends FakeObject {
  private atTime: number | undefined;
  private everyMs: number | undefined;
  private atHourValue: number | undefined;
  private minute = 0;
  private zoneOffsetMs = WITA_OFFSET_MS;
  constructor(private readonly ctx: ScriptContext, private readonly handler: string) {
    super(ctx.kernel, 'ScriptApp', 'ClockTriggerBuilder');
  }
  after(durationMilliseconds: number): this {
    this.count('after');
    this.atTime = this.kernel.now() + Number(durationMilliseconds);
    return this;
  }
  at(date: Date): this {
    this.count('at');
    this.atTime = date.getTime();
    return this;
  }
  everyMinutes(n: number): this {
    this.count('everyMinutes');
    if (![1, 5, 10, 15, 30].includes(n)) throw this.kernel.makeError('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
    if (this.ctx.options.addOn) throw this.kernel.makeError('Add-ons may not create time-driven triggers that run more than once per hour.');
    this.everyMs = n * 60_000;
    return this;
  }
  everyHours(n: number): this {
    this.count('everyHours');
    this.everyMs = n * HOUR_MS;
    return this;
  }
  everyDays(n: number): this {
    this.count('everyDays');
    this.everyMs = n * DAY_MS;
    return this;
  }
  everyWeeks(n: number): this {
    this.count('everyWeeks');
    this.everyMs = n * 7 * DAY_MS;
    return this;
  }
  atHour(hour: number): this {
    this.count('atHour');
    if (!(hour >= 0 && hour <= 23)) throw this.kernel.makeError('Invalid argument: hour');
    this.atHourValue = hour;
    return this;
  }
  nearMinute(minute: number): this {
    this.count('nearMinute');
    this.minute = minute;
    return this;
  }
  inTimezone(timezone: string): this {
    this.count('inTimezone');
    const tz = timezone;
    const m = /^(?:GMT|UTC)([+-])(\d{1,2})$/.exec(tz);
    this.zoneOffsetMs = tz === 'Asia/Makassar' ? WITA_OFFSET_MS : tz === 'Asia/Jakarta' ? 7 * HOUR_MS : tz === 'Asia/Jayapura' ? 9 * HOUR_MS : m ? (m[1] === '-' ? -1 : 1) * Number(m[2]) * HOUR_MS : 0;
    return this;
  }
  create(): Trigger {
    this.count('create');
    const { kernel } = this;
    if (this.atTime === undefined && this.everyMs === undefined) throw kernel.makeError('Missing the frequency or time of the time-based trigger.');
    let first = this.atTime;
    if (first === undefined && this.everyMs !== undefined) {
      if (this.atHourValue !== undefined) {
        // Next occurrence of atHour:nearMinute in the trigger's time zone.
        const local = kernel.now() + this.zoneOffsetMs;
        let candidate = Math.floor(local / DAY_MS) * DAY_MS + this.atHourValue * HOUR_MS + this.minute * 60_000;
        if (candidate <= local) candidate += DAY_MS;
        first = candidate - this.zoneOffsetMs;
      } else {
        first = kernel.now() + this.everyMs;
      }
    }
    return install(this.ctx, this.handler, 'CLOCK', 'CLOCK', '', { at: first, everyMs: this.everyMs, atHour: this.atHourValue });
  }
}
imitates(ClockTriggerBuilder, 'Script.ClockTriggerBuilder');

interface TriggerBuilder extends GoogleAppsScript.Script.TriggerBuilder {}
class TriggerBuilder extends FakeObject {
  constructor(private readonly ctx: ScriptContext, private readonly handler: string) {
    super(ctx.kernel, 'ScriptApp', 'TriggerBuilder');
  }
  forForm(key: unknown): FormTriggerBuilder {
    this.count('forForm');
    return new FormTriggerBuilder(this.ctx, this.handler, fileIdOf(this.kernel, key));
  }
  forSpreadsheet(key: unknown): SpreadsheetTriggerBuilder {
    this.count('forSpreadsheet');
    return new SpreadsheetTriggerBuilder(this.ctx, this.handler, fileIdOf(this.kernel, key));
  }
  forDocument(key: unknown): DocumentTriggerBuilder {
    this.count('forDocument');
    return new DocumentTriggerBuilder(this.ctx, this.handler, fileIdOf(this.kernel, key));
  }
  timeBased(): ClockTriggerBuilder {
    this.count('timeBased');
    return new ClockTriggerBuilder(this.ctx, this.handler);
  }
}
imitates(TriggerBuilder, 'Script.TriggerBuilder');

interface ScriptApp extends GoogleAppsScript.Script.ScriptApp {}
class ScriptApp extends FakeObject {
  private readonly ctx: ScriptContext;
  constructor(kernel: Kernel, options: ScriptAppOptions) {
    super(kernel, 'ScriptApp', '');
    this.ctx = { kernel, options, currentUser: () => kernel.currentExecution?.user ?? kernel.user };
  }
  private auth(method: string): void {
    this.kernel.requireAuthorization(`ScriptApp.${method}`, [SCRIPT_SCOPE]);
  }
  newTrigger(functionName: string): TriggerBuilder {
    this.count('newTrigger');
    this.auth('newTrigger');
    return new TriggerBuilder(this.ctx, String(functionName));
  }
  getProjectTriggers(): Trigger[] {
    this.count('getProjectTriggers');
    this.auth('getProjectTriggers');
    // Google: the project's triggers installed by the current user.
    const user = this.ctx.currentUser();
    return this.kernel.triggers.filter((t) => t.owner === user).map((t) => new Trigger(this.kernel, t));
  }
  getUserTriggers(key: unknown): Trigger[] {
    this.count('getUserTriggers');
    this.auth('getUserTriggers');
    const id = fileIdOf(this.kernel, key);
    const user = this.ctx.currentUser();
    return this.kernel.triggers.filter((t) => t.owner === user && t.sourceId === id).map((t) => new Trigger(this.kernel, t));
  }
  deleteTrigger(trigger: unknown): void {
    this.count('deleteTrigger');
    this.auth('deleteTrigger');
    const uid = uidOf(this.kernel, trigger);
    if (uid) this.kernel.removeTrigger(uid);
  }
  getScriptId(): string {
    this.count('getScriptId');
    return FAKE_SCRIPT_ID;
  }
  getOAuthToken(): string {
    this.count('getOAuthToken');
    return 'ya29.fake-offline-token';
  }
  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    this.count('getInstallationSource');
    const { options } = this.ctx;
    const source = options.installationSource ?? (options.addOn ? 'WEB_STORE_ADD_ON' : 'NONE');
    if (source === 'throws') throw this.kernel.makeError("We're sorry, a server error occurred. Please wait a bit and try again.");
    return enumValue('Script.InstallationSource', source);
  }
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]): AuthorizationInfo {
    this.count('getAuthorizationInfo');
    if (authMode === undefined) throw this.kernel.makeError('Invalid argument: authMode');
    const { required, granted } = this.ctx.options.scopes ? this.ctx.options.scopes() : { required: [], granted: [] };
    return new AuthorizationInfo(this.kernel, oAuthScopes ? oAuthScopes.map(String) : required, granted, oAuthScopes !== undefined);
  }
}
imitates(ScriptApp, 'Script.ScriptApp');

/**
 * What getAuthorizationInfo returns: whether the user must still grant a scope, and which of the
 * asked ones were granted ("getAuthorizedScopes(): Gets a list of authorized scopes for the
 * script", apps-script/reference/script/authorization-info; not yet in @types, hence not
 * registered with `imitates`).
 */
interface AuthorizationInfo extends GoogleAppsScript.Script.AuthorizationInfo {}
class AuthorizationInfo extends FakeObject {
  constructor(
    kernel: Kernel,
    private readonly asked: string[],
    private readonly granted: string[],
    private readonly listed: boolean,
  ) {
    super(kernel, 'ScriptApp', 'AuthorizationInfo');
  }
  private missing(): string[] {
    return this.asked.filter((scope) => !this.granted.includes(scope));
  }
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    this.count('getAuthorizationStatus');
    return enumValue('Script.AuthorizationStatus', this.missing().length > 0 ? 'REQUIRED' : 'NOT_REQUIRED');
  }
  getAuthorizationUrl(): string {
    this.count('getAuthorizationUrl');
    return (this.missing().length > 0 ? `https://script.google.com/macros/d/${FAKE_SCRIPT_ID}/authorize` : null) as string;
  }
  getAuthorizedScopes(): string[] {
    this.count('getAuthorizedScopes');
    return this.listed ? this.asked.filter((scope) => this.granted.includes(scope)) : [...this.granted];
  }
}

/** The uid behind a Trigger object we made, read without counting. */
function uidOf(kernel: Kernel, trigger: unknown): string | null {
  if (trigger instanceof Trigger) return trigger.record.uid;
  if (!trigger || typeof trigger !== 'object') return null;
  const f = (trigger as { getUniqueId?: () => string }).getUniqueId;
  return typeof f === 'function' ? kernel.quietly(() => f.call(trigger)) : null;
}

export function createScriptApp(kernel: Kernel, options: ScriptAppOptions): GoogleAppsScript.Script.ScriptApp {
  return new ScriptApp(kernel, options);
}
