/**
 * Sheets' date serial numbers (the Sheets API's DateTimeRenderOption SERIAL_NUMBER: days since 30
 * December 1899 on the spreadsheet's wall clock, the time of day as the fraction) turned back
 * into the instant SpreadsheetApp's getValues gives for the same cell, exactly, or refused.
 *
 * Exact only where the spreadsheet's time zone has kept one offset: Indonesia's zones (WITA, WIB,
 * WIT) and UTC, from the year each took its present offset. Anything else (a zone with daylight
 * saving, a time-only cell of 1899, a date before the zone's last change or before 1946, or after 2199) gives null, and the
 * caller reads the sheet through SpreadsheetApp instead.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Serial of 1970-01-01. */
const SERIAL_EPOCH_OFFSET = 25569;

/** IANA zone → [offset from UTC, the first instant from which it has held]. */
const FIXED_ZONES: Record<string, readonly [number, number]> = {
  // WITA: +8 since the end of the occupation (1945); WIB +7 and WIT +9 since 1964; Pontianak moved to WIB in 1988.
  'Asia/Makassar': [8 * HOUR_MS, Date.UTC(1946, 0, 1)],
  'Asia/Ujung_Pandang': [8 * HOUR_MS, Date.UTC(1946, 0, 1)],
  'Asia/Jakarta': [7 * HOUR_MS, Date.UTC(1965, 0, 1)],
  'Asia/Jayapura': [9 * HOUR_MS, Date.UTC(1965, 0, 1)],
  'Asia/Pontianak': [7 * HOUR_MS, Date.UTC(1989, 0, 1)],
  UTC: [0, Date.UTC(1946, 0, 1)],
  'Etc/UTC': [0, Date.UTC(1946, 0, 1)],
  'Etc/GMT': [0, Date.UTC(1946, 0, 1)],
  GMT: [0, Date.UTC(1946, 0, 1)],
};

/** Past this, a "date" is a number the two reads disagreed on, not a date anyone typed. */
const LATEST = Date.UTC(2200, 0, 1);

/** Whether serials of `zone` can be read exactly at all. */
export function serialZoneKnown(zone: string): boolean {
  return Object.prototype.hasOwnProperty.call(FIXED_ZONES, zone);
}

/** The instant (ms since the epoch) of serial `serial` in `zone`, or null when not exact for sure. */
export function serialToInstant(serial: number, zone: string): number | null {
  if (!Number.isFinite(serial) || !serialZoneKnown(zone)) return null;
  const [offset, since] = FIXED_ZONES[zone];
  const ms = Math.round((serial - SERIAL_EPOCH_OFFSET) * DAY_MS - offset);
  return ms >= since && ms < LATEST ? ms : null;
}
