/** Developer metadata in the in-memory Sheets, as Google documents it. */
import { describe, expect, it } from 'vitest';
import { createSpreadsheetApp, Kernel } from '../../../src/offline/workspace/index';

function setup() {
  const kernel = new Kernel();
  const app = createSpreadsheetApp(kernel);
  const id = app.backdoor.createSpreadsheet('Rekap', { bound: true });
  const ss = app.SpreadsheetApp.getActive();
  const sheet = ss.insertSheet('Koreksi Nama');
  return { kernel, app, id, ss, sheet };
}

describe('developer metadata on a sheet', () => {
  it('is found by key and value, stays through a rename, and goes with the sheet', () => {
    const { app, id, ss, sheet } = setup();
    sheet.addDeveloperMetadata('mark', 'corrections');
    ss.insertSheet('Lain').addDeveloperMetadata('mark', 'other');
    const find = () => ss.createDeveloperMetadataFinder().withKey('mark').withValue('corrections').find();
    expect(find().map((m) => [m.getKey(), m.getValue(), m.getLocation().getSheet()?.getName()])).toEqual([['mark', 'corrections', 'Koreksi Nama']]);
    app.backdoor.userRenameSheet(id, 'Koreksi Nama', 'Koreksi (tim)');
    expect(find()[0].getLocation().getSheet()?.getName()).toBe('Koreksi (tim)');
    expect(String(find()[0].getLocation().getLocationType())).toBe('SHEET');
    expect(sheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['mark']);
    app.backdoor.userDeleteSheet(id, 'Koreksi (tim)');
    expect(find()).toEqual([]);
    expect(ss.createDeveloperMetadataFinder().withKey('mark').find()).toHaveLength(1);
  });

  it('ids are unique in the spreadsheet; a key is required; a sheet finder sees only its own', () => {
    const { ss, sheet } = setup();
    sheet.addDeveloperMetadata('a').addDeveloperMetadata('b', 'x');
    const other = ss.insertSheet('Lain').addDeveloperMetadata('a');
    const ids = ss.createDeveloperMetadataFinder().find().map((m) => m.getId());
    expect(new Set(ids).size).toBe(3);
    expect(() => sheet.addDeveloperMetadata('')).toThrow(/Invalid argument: key/);
    expect(other.createDeveloperMetadataFinder().withKey('a').find()).toHaveLength(1);
    expect(sheet.createDeveloperMetadataFinder().find().map((m) => m.getKey())).toEqual(['a', 'b']);
  });

  it('a duplicated tab carries the metadata or not, by the (undocumented) switch', () => {
    for (const copiesMetadata of [true, false]) {
      const { app, id, ss, sheet } = setup();
      sheet.addDeveloperMetadata('mark', 'corrections');
      app.backdoor.userDuplicateSheet(id, 'Koreksi Nama', 'Salinan', { copiesMetadata });
      expect(app.backdoor.sheetNames(id)).toContain('Salinan');
      expect(ss.createDeveloperMetadataFinder().withKey('mark').find()).toHaveLength(copiesMetadata ? 2 : 1);
    }
  });
});
