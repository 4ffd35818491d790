/**
 * ScriptApp: installable triggers over `kernel.triggers`, and the Apps Script enum objects the
 * fakes share. Enum values are objects (as on Google), so `type === 'CHECKBOX'` is false there
 * too, while `String(type) === 'CHECKBOX'` and `type === FormApp.ItemType.CHECKBOX` hold.
 */
import type { Kernel, TriggerEventType, TriggerRecord, TriggerSourceType } from '../kernel/kernel';

export interface EnumValue {
  name(): string;
  ordinal(): number;
  toString(): string;
  toJSON(): string;
}

export function makeEnum<K extends string>(names: readonly K[]): Record<K, EnumValue> {
  const out = {} as Record<K, EnumValue>;
  names.forEach((n, i) => {
    out[n] = Object.freeze({ name: () => n, ordinal: () => i, toString: () => n, toJSON: () => n });
  });
  return Object.freeze(out);
}

export const AuthMode = makeEnum(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const);
export const EventType = makeEnum(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const);
export const TriggerSource = makeEnum(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const);

export const SCRIPT_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS_ERROR = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
export const ADDON_OTHER_FILE_ERROR = 'Add-ons can only create triggers for the file in which the add-on is used.';
export const FAKE_SCRIPT_ID = '1AgenPerubahanScriptIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const WITA_OFFSET_MS = 8 * HOUR_MS;

export interface ScriptAppOptions {
  /** The bound file; null for a standalone script. */
  containerId: () => string | null;
  /** A published editor add-on: triggers only on the file it runs in, clock at most hourly. */
  addOn?: boolean;
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

function triggerObject(kernel: Kernel, t: TriggerRecord): GoogleAppsScript.Script.Trigger {
  const count = (m: string) => kernel.count('ScriptApp', `Trigger.${m}`);
  return {
    getUniqueId() {
      count('getUniqueId');
      return t.uid;
    },
    getHandlerFunction() {
      count('getHandlerFunction');
      return t.handler;
    },
    getEventType() {
      count('getEventType');
      return EventType[t.eventType] as unknown as GoogleAppsScript.Script.EventType;
    },
    getTriggerSource() {
      count('getTriggerSource');
      return TriggerSource[t.sourceType] as unknown as GoogleAppsScript.Script.TriggerSource;
    },
    getTriggerSourceId() {
      count('getTriggerSourceId');
      return t.sourceType === 'CLOCK' ? null : t.sourceId;
    },
  } as unknown as GoogleAppsScript.Script.Trigger;
}

/** The uid behind a Trigger object we made, read without counting. */
function uidOf(kernel: Kernel, trigger: unknown): string | null {
  if (!trigger || typeof trigger !== 'object') return null;
  const f = (trigger as { getUniqueId?: () => string }).getUniqueId;
  return typeof f === 'function' ? kernel.quietly(() => f.call(trigger)) : null;
}

export function createScriptApp(kernel: Kernel, options: ScriptAppOptions): GoogleAppsScript.Script.ScriptApp {
  const count = (m: string) => kernel.count('ScriptApp', m);
  const auth = (m: string) => kernel.requireAuthorization(`ScriptApp.${m}`, [SCRIPT_SCOPE]);
  const currentUser = () => kernel.currentExecution?.user ?? kernel.user;

  const install = (handler: string, eventType: TriggerEventType, sourceType: TriggerSourceType, sourceId: string, clock?: TriggerRecord['clock']) => {
    const owner = currentUser();
    if (options.addOn && sourceType !== 'CLOCK' && sourceId !== options.containerId()) {
      throw kernel.makeError(ADDON_OTHER_FILE_ERROR);
    }
    if (kernel.triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS_PER_USER) {
      throw kernel.makeError(TOO_MANY_TRIGGERS_ERROR);
    }
    return triggerObject(kernel, kernel.addTrigger({ handler, eventType, sourceType, sourceId, owner, clock }));
  };

  const fileBuilder = (cls: string, handler: string, sourceType: TriggerSourceType, sourceId: string, allowed: TriggerEventType[]) => {
    let event: TriggerEventType | null = null;
    const builder: Record<string, unknown> = {};
    const on = (method: string, type: TriggerEventType) => {
      if (!allowed.includes(type)) return;
      builder[method] = () => {
        kernel.count('ScriptApp', `${cls}.${method}`);
        event = type;
        return builder;
      };
    };
    on('onFormSubmit', 'ON_FORM_SUBMIT');
    on('onOpen', 'ON_OPEN');
    on('onEdit', 'ON_EDIT');
    on('onChange', 'ON_CHANGE');
    builder.create = () => {
      kernel.count('ScriptApp', `${cls}.create`);
      if (!event) throw kernel.makeError('Missing trigger event type. Call one of the on...() methods before create().');
      return install(handler, event, sourceType, sourceId);
    };
    return builder;
  };

  const clockBuilder = (handler: string) => {
    let at: number | undefined;
    let everyMs: number | undefined;
    let atHour: number | undefined;
    let nearMinute = 0;
    let zoneOffsetMs = WITA_OFFSET_MS;
    const b: Record<string, (...args: never[]) => unknown> = {};
    const step = (m: string, f: (...args: never[]) => void) => {
      b[m] = (...args: never[]) => {
        kernel.count('ScriptApp', `ClockTriggerBuilder.${m}`);
        f(...args);
        return b;
      };
    };
    step('after', (ms: number) => {
      at = kernel.now() + Number(ms);
    });
    step('at', (date: Date) => {
      at = date.getTime();
    });
    step('everyMinutes', (n: number) => {
      if (![1, 5, 10, 15, 30].includes(n)) throw kernel.makeError('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
      if (options.addOn) throw kernel.makeError('Add-ons may not create time-driven triggers that run more than once per hour.');
      everyMs = n * 60_000;
    });
    step('everyHours', (n: number) => {
      everyMs = n * HOUR_MS;
    });
    step('everyDays', (n: number) => {
      everyMs = n * DAY_MS;
    });
    step('everyWeeks', (n: number) => {
      everyMs = n * 7 * DAY_MS;
    });
    step('atHour', (h: number) => {
      if (!(h >= 0 && h <= 23)) throw kernel.makeError('Invalid argument: hour');
      atHour = h;
    });
    step('nearMinute', (m: number) => {
      nearMinute = m;
    });
    step('inTimezone', (tz: string) => {
      const m = /^(?:GMT|UTC)([+-])(\d{1,2})$/.exec(tz);
      zoneOffsetMs = tz === 'Asia/Makassar' ? WITA_OFFSET_MS : tz === 'Asia/Jakarta' ? 7 * HOUR_MS : tz === 'Asia/Jayapura' ? 9 * HOUR_MS : m ? (m[1] === '-' ? -1 : 1) * Number(m[2]) * HOUR_MS : 0;
    });
    b.create = () => {
      kernel.count('ScriptApp', 'ClockTriggerBuilder.create');
      if (at === undefined && everyMs === undefined) throw kernel.makeError('Missing the frequency or time of the time-based trigger.');
      let first = at;
      if (first === undefined && everyMs !== undefined) {
        if (atHour !== undefined) {
          // Next occurrence of atHour:nearMinute in the trigger's time zone.
          const local = kernel.now() + zoneOffsetMs;
          let candidate = Math.floor(local / DAY_MS) * DAY_MS + atHour * HOUR_MS + nearMinute * 60_000;
          if (candidate <= local) candidate += DAY_MS;
          first = candidate - zoneOffsetMs;
        } else {
          first = kernel.now() + everyMs;
        }
      }
      return install(handler, 'CLOCK', 'CLOCK', '', { at: first, everyMs, atHour });
    };
    return b;
  };

  return {
    AuthMode,
    EventType,
    TriggerSource,
    newTrigger(functionName: string) {
      count('newTrigger');
      auth('newTrigger');
      const handler = String(functionName);
      const tb = {
        forForm(key: unknown) {
          kernel.count('ScriptApp', 'TriggerBuilder.forForm');
          return fileBuilder('FormTriggerBuilder', handler, 'FORMS', fileIdOf(kernel, key), ['ON_FORM_SUBMIT', 'ON_OPEN']);
        },
        forSpreadsheet(key: unknown) {
          kernel.count('ScriptApp', 'TriggerBuilder.forSpreadsheet');
          return fileBuilder('SpreadsheetTriggerBuilder', handler, 'SPREADSHEETS', fileIdOf(kernel, key), ['ON_FORM_SUBMIT', 'ON_OPEN', 'ON_EDIT', 'ON_CHANGE']);
        },
        forDocument(key: unknown) {
          kernel.count('ScriptApp', 'TriggerBuilder.forDocument');
          return fileBuilder('DocumentTriggerBuilder', handler, 'DOCUMENTS', fileIdOf(kernel, key), ['ON_OPEN']);
        },
        timeBased() {
          kernel.count('ScriptApp', 'TriggerBuilder.timeBased');
          return clockBuilder(handler);
        },
      };
      return tb;
    },
    getProjectTriggers() {
      count('getProjectTriggers');
      auth('getProjectTriggers');
      // Google: the project's triggers installed by the current user.
      const user = currentUser();
      return kernel.triggers.filter((t) => t.owner === user).map((t) => triggerObject(kernel, t));
    },
    getUserTriggers(key: unknown) {
      count('getUserTriggers');
      auth('getUserTriggers');
      const id = fileIdOf(kernel, key);
      const user = currentUser();
      return kernel.triggers.filter((t) => t.owner === user && t.sourceId === id).map((t) => triggerObject(kernel, t));
    },
    deleteTrigger(trigger: unknown) {
      count('deleteTrigger');
      auth('deleteTrigger');
      const uid = uidOf(kernel, trigger);
      if (uid) kernel.removeTrigger(uid);
    },
    getScriptId() {
      count('getScriptId');
      return FAKE_SCRIPT_ID;
    },
    getOAuthToken() {
      count('getOAuthToken');
      return 'ya29.fake-offline-token';
    },
  } as unknown as GoogleAppsScript.Script.ScriptApp;
}
