/**
 * PropertiesService: script, document and user stores of strings. The stores are plain objects
 * the Workspace exposes as live views (`workspace.properties`), so tests can read and seed them.
 */
import { FakeObject, imitates } from '../kernel/fake';
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

interface Properties extends GoogleAppsScript.Properties.Properties {}
class Properties extends FakeObject {
  constructor(kernel: Kernel, private readonly store: () => Record<string, string>) {
    super(kernel, 'PropertiesService', 'Properties');
  }

  private checkValue(value: string): void {
    if (utf8Bytes(value) > MAX_VALUE_BYTES) throw this.kernel.makeError(VALUE_TOO_LARGE_ERROR);
  }
  private checkStore(next: Record<string, string>): void {
    if (storeBytes(next) > MAX_STORE_BYTES) throw this.kernel.makeError(STORE_FULL_ERROR);
  }

  getProperty(key: string): string | null {
    this.count('getProperty');
    const s = this.store();
    return Object.prototype.hasOwnProperty.call(s, key) ? s[key] : null;
  }
  setProperty(key: string, value: string): this {
    this.count('setProperty');
    const text = String(value);
    this.checkValue(text);
    const s = this.store();
    this.checkStore({ ...s, [String(key)]: text });
    s[String(key)] = text;
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    this.count('setProperties');
    const s = this.store();
    const incoming: Record<string, string> = {};
    for (const k of Object.keys(properties)) {
      incoming[k] = String(properties[k]);
      this.checkValue(incoming[k]);
    }
    const next = deleteAllOthers ? incoming : { ...s, ...incoming };
    this.checkStore(next);
    if (deleteAllOthers) for (const k of Object.keys(s)) delete s[k];
    Object.assign(s, incoming);
    return this;
  }
  getProperties(): Record<string, string> {
    this.count('getProperties');
    return { ...this.store() };
  }
  getKeys(): string[] {
    this.count('getKeys');
    return Object.keys(this.store());
  }
  deleteProperty(key: string): this {
    this.count('deleteProperty');
    delete this.store()[key];
    return this;
  }
  deleteAllProperties(): this {
    this.count('deleteAllProperties');
    const s = this.store();
    for (const k of Object.keys(s)) delete s[k];
    return this;
  }
}
imitates(Properties, 'Properties.Properties');

/** The scope Google names for PropertiesService. */
export const SCRIPT_STORAGE_SCOPE = 'https://www.googleapis.com/auth/script.storage';

interface PropertiesService extends GoogleAppsScript.Properties.PropertiesService {}
class PropertiesService extends FakeObject {
  constructor(kernel: Kernel, private readonly stores: PropertyStores) {
    super(kernel, 'PropertiesService', '');
  }

  /** Google: no Properties in AuthMode.NONE (developers.google.com/workspace/add-ons/concepts/menus). */
  private bound(method: string): void {
    this.kernel.requireBoundAccess(`PropertiesService.${method}`, [SCRIPT_STORAGE_SCOPE]);
  }

  getScriptProperties(): Properties {
    this.count('getScriptProperties');
    this.bound('getScriptProperties');
    return new Properties(this.kernel, () => this.stores.script);
  }
  getDocumentProperties(): Properties {
    this.count('getDocumentProperties');
    this.bound('getDocumentProperties');
    return new Properties(this.kernel, () => this.stores.document);
  }
  getUserProperties(): Properties {
    this.count('getUserProperties');
    this.bound('getUserProperties');
    return new Properties(this.kernel, () => {
      const user = this.kernel.currentExecution?.user ?? this.kernel.user;
      this.stores.users[user] ??= {};
      return this.stores.users[user];
    });
  }
}
imitates(PropertiesService, 'Properties.PropertiesService');

export function createPropertiesService(kernel: Kernel, stores: PropertyStores): GoogleAppsScript.Properties.PropertiesService {
  return new PropertiesService(kernel, stores);
}
