/** Document properties: small product state that is not for the team's eyes. */

const OWNED_SHEETS = 'ownedSheetIds';

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function getJson<T>(key: string, fallback: T): T {
  const raw = props().getProperty(key);
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

export function setJson(key: string, value: unknown): void {
  props().setProperty(key, JSON.stringify(value));
}

export function deleteProperty(key: string): void {
  props().deleteProperty(key);
}

export function ownedSheetIds(): number[] {
  return getJson<number[]>(OWNED_SHEETS, []);
}

export function rememberOwnedSheet(id: number): void {
  const ids = ownedSheetIds();
  if (!ids.includes(id)) setJson(OWNED_SHEETS, [...ids, id]);
}
