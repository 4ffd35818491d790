/** PropertiesService (document properties): small product state that is not for the team's eyes. The only place that calls PropertiesService. */

const OWNED_SHEETS = 'ownedSheetIds';

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function getJson<T>(key: string, fallback: T, store: GoogleAppsScript.Properties.Properties = props()): T {
  const raw = store.getProperty(key);
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

export function setJson(key: string, value: unknown, store: GoogleAppsScript.Properties.Properties = props()): void {
  store.setProperty(key, JSON.stringify(value));
}

export function deleteProperty(key: string): void {
  props().deleteProperty(key);
}

export function ownedSheetIds(): number[] {
  return getJson<number[]>(OWNED_SHEETS, []);
}

export function rememberOwnedSheet(id: number): void {
  const store = props();
  const ids = getJson<number[]>(OWNED_SHEETS, [], store);
  if (!ids.includes(id)) setJson(OWNED_SHEETS, [...ids, id], store);
}

/**
 * Every document property read in one call, changed in memory, written back in one call. A run
 * that needs several properties reads them once (`readProperties`), then `commit`s only the keys
 * it changed: one `setProperties` (plus one `deleteProperty` per removed key), nothing when
 * nothing changed. Read it inside the script lock when other runs may change the same keys.
 */
export interface PropertySnapshot {
  get<T>(key: string, fallback: T): T;
  raw(key: string): string | null;
  keys(): string[];
  set(key: string, value: unknown): void;
  setRaw(key: string, value: string): void;
  remove(key: string): void;
  /** Writes the changes; the snapshot stays usable (later changes are committed by a later call). */
  commit(): void;
  /**
   * A fresh snapshot of the same store (one call: the store is not fetched again), e.g. under the
   * script lock after a first look before it. Changes not committed here are not carried over.
   */
  reread(): PropertySnapshot;
}

export function readProperties(given?: GoogleAppsScript.Properties.Properties): PropertySnapshot {
  const store = given ?? props();
  const values: Record<string, string> = store.getProperties();
  const changed: Record<string, string> = {};
  const removed = new Set<string>();
  const has = (key: string) => Object.prototype.hasOwnProperty.call(values, key);
  const snapshot: PropertySnapshot = {
    get<T>(key: string, fallback: T): T {
      const raw = snapshot.raw(key);
      if (raw === null) return fallback;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return fallback;
      }
    },
    raw: (key) => (has(key) ? values[key] : null),
    keys: () => Object.keys(values),
    set: (key, value) => snapshot.setRaw(key, JSON.stringify(value)),
    setRaw(key, value) {
      if (has(key) && values[key] === value) return;
      values[key] = value;
      changed[key] = value;
      removed.delete(key);
    },
    remove(key) {
      if (!has(key)) return;
      delete values[key];
      delete changed[key];
      removed.add(key);
    },
    commit() {
      const keys = Object.keys(changed);
      if (keys.length > 0) store.setProperties({ ...changed });
      removed.forEach((k) => store.deleteProperty(k));
      for (const k of keys) delete changed[k];
      removed.clear();
    },
    reread: () => readProperties(store),
  };
  return snapshot;
}

/** Every document property in one call. */
export function allDocumentProperties(): Record<string, string> {
  return props().getProperties();
}

export function setDocumentProperty(key: string, value: string): void {
  props().setProperty(key, value);
}

export function deleteDocumentProperties(keys: readonly string[]): void {
  if (keys.length === 0) return;
  const store = props();
  for (const k of keys) store.deleteProperty(k);
}
