/**
 * PropertiesService: script, document and user stores of strings. The stores are plain objects
 * the Workspace exposes as live views (`workspace.properties`), so tests can read and seed them.
 */
import type { Kernel } from '../kernel/kernel';

/** Google's quota: 9 KB per value, 500 KB per store. */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;
export const VALUE_TOO_LARGE_ERROR = 'Argument too large: value';
export const STORE_FULL_ERROR = 'You have exceeded the property storage quota. Please remove some properties and try again.';

export interface PropertyStores {
  script: Record<string, string>;
  document: Record<string, string>;
  /** User stores by e-mail. */
  users: Record<string, Record<string, string>>;
}

export function emptyStores(): PropertyStores {
  return { script: {}, document: {}, users: {} };
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function storeBytes(store: Record<string, string>): number {
  let n = 0;
  for (const k of Object.keys(store)) n += utf8Bytes(k) + utf8Bytes(store[k]);
  return n;
}

function makeProperties(kernel: Kernel, store: () => Record<string, string>): GoogleAppsScript.Properties.Properties {
  const count = (m: string) => kernel.count('PropertiesService', `Properties.${m}`);
  const checkValue = (value: string) => {
    if (utf8Bytes(value) > MAX_VALUE_BYTES) throw kernel.makeError(VALUE_TOO_LARGE_ERROR);
  };
  const checkStore = (next: Record<string, string>) => {
    if (storeBytes(next) > MAX_STORE_BYTES) throw kernel.makeError(STORE_FULL_ERROR);
  };
  const self: GoogleAppsScript.Properties.Properties = {
    getProperty(key: string): string | null {
      count('getProperty');
      const s = store();
      return Object.prototype.hasOwnProperty.call(s, key) ? s[key] : null;
    },
    setProperty(key: string, value: string) {
      count('setProperty');
      const text = String(value);
      checkValue(text);
      const s = store();
      checkStore({ ...s, [String(key)]: text });
      s[String(key)] = text;
      return self;
    },
    setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean) {
      count('setProperties');
      const s = store();
      const incoming: Record<string, string> = {};
      for (const k of Object.keys(properties)) {
        incoming[k] = String(properties[k]);
        checkValue(incoming[k]);
      }
      const next = deleteAllOthers ? incoming : { ...s, ...incoming };
      checkStore(next);
      if (deleteAllOthers) for (const k of Object.keys(s)) delete s[k];
      Object.assign(s, incoming);
      return self;
    },
    getProperties(): Record<string, string> {
      count('getProperties');
      return { ...store() };
    },
    getKeys(): string[] {
      count('getKeys');
      return Object.keys(store());
    },
    deleteProperty(key: string) {
      count('deleteProperty');
      delete store()[key];
      return self;
    },
    deleteAllProperties() {
      count('deleteAllProperties');
      const s = store();
      for (const k of Object.keys(s)) delete s[k];
      return self;
    },
  } as GoogleAppsScript.Properties.Properties;
  return self;
}

export function createPropertiesService(kernel: Kernel, stores: PropertyStores): GoogleAppsScript.Properties.PropertiesService {
  const count = (m: string) => kernel.count('PropertiesService', m);
  const userStore = () => {
    const user = kernel.currentExecution?.user ?? kernel.user;
    stores.users[user] ??= {};
    return stores.users[user];
  };
  return {
    getScriptProperties() {
      count('getScriptProperties');
      return makeProperties(kernel, () => stores.script);
    },
    getDocumentProperties() {
      count('getDocumentProperties');
      return makeProperties(kernel, () => stores.document);
    },
    getUserProperties() {
      count('getUserProperties');
      return makeProperties(kernel, userStore);
    },
  } as GoogleAppsScript.Properties.PropertiesService;
}
