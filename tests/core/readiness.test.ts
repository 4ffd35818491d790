/**
 * Uji Kesiapan's judgement: each observed behaviour becomes one Indonesian
 * line, OK or not OK with what to do, and a check that could not run is never reported as OK.
 */
import { describe, expect, it } from 'vitest';
import { judgeReadiness, readinessMessage, readinessRows, type CheckKey, type ReadinessFacts, type TriggerFacts } from '../../src/core/readiness';

const SCOPES = ['https://www.googleapis.com/auth/forms', 'https://www.googleapis.com/auth/documents'];

function facts(over: Partial<ReadinessFacts> = {}): ReadinessFacts {
  return {
    installation: 'bound',
    apostrophe: { ok: true, value: { value: 'abc', formula: '' } },
    equalsInTextCell: { ok: true, value: { value: '=1+1', formula: '' } },
    equalsWithApostrophe: { ok: true, value: { value: '=1+1', formula: '' } },
    wholeSheetRead: { ok: true, value: { rows: 2, columns: 3, blockAtTopLeft: true } },
    nipColumns: { ok: true, value: [{ tab: 'Form Responses 1', question: 'NIP Pengusul', numbers: 0, texts: 4 }] },
    formTabs: { ok: true, value: [{ tab: 'Form Responses 1', url: 'https://docs.google.com/forms/d/abc/viewform', formId: 'abc', kind: 'nomination' }] },
    decree: { ok: true, value: [{ input: '$1', output: '$1' }, { input: 'a\\b', output: 'a\\b' }] },
    triggers: { ok: true, value: { user: 'tim@x.id', total: 3, byHandler: { cekHarian: 1 }, byEventType: { CLOCK: 1, ON_FORM_SUBMIT: 2 }, duplicates: 0, missing: [] } },
    timeZone: { ok: true, value: { spreadsheet: 'Asia/Makassar', script: 'Asia/Makassar' } },
    scopes: { ok: true, value: { required: SCOPES, granted: SCOPES, authorizationRequired: false } },
    sheetsApi: { ok: true, value: { enabled: true, error: null } },
    ...over,
  };
}

const byKey = (f: ReadinessFacts, key: CheckKey) => judgeReadiness(f).find((r) => r.key === key)!;

describe('judgeReadiness', () => {
  it('the Sheets API: OK when it answers or only its per-minute quota is spent; not OK, in Indonesian, when it is not enabled or refuses', () => {
    expect(byKey(facts(), 'sheetsApi')).toMatchObject({ ok: true, finding: expect.stringContaining('satu permintaan') });
    const off = byKey(facts({ sheetsApi: { ok: true, value: { enabled: false } } }), 'sheetsApi');
    expect(off).toMatchObject({ ok: false, finding: expect.stringContaining('belum aktif'), action: expect.stringContaining('Sheets (versi v4)') });
    expect(off.finding).toContain('hasilnya sama');
    const quota = byKey(facts({ sheetsApi: { ok: true, value: { enabled: true, error: "Quota exceeded for quota metric 'Read requests'" } } }), 'sheetsApi');
    expect(quota).toMatchObject({ ok: true, finding: expect.stringContaining('kuota') });
    expect(byKey(facts({ sheetsApi: { ok: true, value: { enabled: true, error: 'Request had insufficient authentication scopes.' } } }), 'sheetsApi')).toMatchObject({ ok: false });
    expect(byKey(facts({ sheetsApi: { ok: false, error: 'boom' } }), 'sheetsApi')).toMatchObject({ ok: false, finding: expect.stringContaining('boom') });
  });

  it('all well: every line OK, nothing to do', () => {
    const results = judgeReadiness(facts());
    expect(results).toHaveLength(12);
    expect(results.every((r) => r.ok && r.action === '')).toBe(true);
    expect(readinessMessage(results, 'Uji Kesiapan')).toMatch(/^Semua 12 pemeriksaan OK\./);
  });

  it('the apostrophe in a plain-text cell is OK under both behaviours, and says which one Google has', () => {
    expect(byKey(facts(), 'apostrophe')).toMatchObject({ ok: true, finding: expect.stringContaining('membuang apostrof') });
    const kept = byKey(facts({ apostrophe: { ok: true, value: { value: "'abc", formula: '' } } }), 'apostrophe');
    expect(kept).toMatchObject({ ok: true, finding: expect.stringContaining('menyimpan apostrof') });
  });

  it('"=" in a plain-text cell is OK either way (the product always writes the apostrophe before it)', () => {
    const formula = byKey(facts({ equalsInTextCell: { ok: true, value: { value: '2', formula: '=1+1' } } }), 'equalsInTextCell');
    expect(formula).toMatchObject({ ok: true, finding: expect.stringContaining('menjadikan teks berawalan "=" sebagai rumus') });
  });

  it('"=" with an apostrophe becoming a formula is NOT OK: the team is told to stop', () => {
    const r = byKey(facts({ equalsWithApostrophe: { ok: true, value: { value: '2', formula: '=1+1' } } }), 'equalsWithApostrophe');
    expect(r.ok).toBe(false);
    expect(r.action).toMatch(/Jangan memakai produk/);
  });

  it('getSheetValues with -1: the data rectangle, a refusal and the whole grid are OK (the product reads right under each); anything else is NOT OK', () => {
    const judge = (value: NonNullable<Extract<ReadinessFacts['wholeSheetRead'], { ok: true }>['value']>) => byKey(facts({ wholeSheetRead: { ok: true, value } }), 'wholeSheetRead');
    expect(judge({ rows: 2, columns: 3, blockAtTopLeft: true })).toMatchObject({ ok: true, finding: expect.stringContaining('tepat kotak data (2 baris × 3 kolom)') });
    expect(judge({ refused: 'The number of rows in the range must be at least 1.' })).toMatchObject({ ok: true, finding: expect.stringContaining('Google menolak getSheetValues(1, 1, -1, -1) ("The number of rows') });
    expect(judge({ rows: 1000, columns: 26, blockAtTopLeft: true })).toMatchObject({ ok: true, finding: expect.stringContaining('seluruh kisi lembar (1000 baris × 26 kolom') });
    const wrong = judge({ rows: 1, columns: 3, blockAtTopLeft: false });
    expect(wrong.ok).toBe(false);
    expect(wrong.finding).toContain('1 baris × 3 kolom');
    expect(wrong.action).toMatch(/^Jangan memakai produk/);
    expect(byKey(facts({ wholeSheetRead: { ok: false, error: 'Service Spreadsheets failed' } }), 'wholeSheetRead').ok).toBe(false);
  });

  it('NIP answers stored as numbers are NOT OK, named by tab and question, with the fix', () => {
    const r = byKey(facts({ nipColumns: { ok: true, value: [{ tab: 'Tanggapan 2', question: 'NIP Anda', numbers: 3, texts: 1 }] } }), 'nipColumns');
    expect(r.ok).toBe(false);
    expect(r.finding).toContain('"NIP Anda" di tab "Tanggapan 2" (3 angka)');
    expect(r.action).toContain('Teks biasa');
    expect(byKey(facts({ nipColumns: { ok: true, value: [] } }), 'nipColumns').ok).toBe(true);
  });

  it('a response tab whose Form cannot be identified is NOT OK; a published /d/e/ URL that resolves is OK', () => {
    const published = { tab: 'T', url: 'https://docs.google.com/forms/d/e/1FAIpQL/viewform', formId: 'abc', kind: 'survey' as const };
    expect(byKey(facts({ formTabs: { ok: true, value: [published] } }), 'formTabs')).toMatchObject({ ok: true, finding: expect.stringContaining('tautan terbit') });
    const r = byKey(facts({ formTabs: { ok: true, value: [{ ...published, formId: '', kind: null }] } }), 'formTabs');
    expect(r.ok).toBe(false);
    expect(r.finding).toContain('tidak dapat dikenali');
  });

  it('a decree value that changes on the way in is NOT OK and named', () => {
    const r = byKey(facts({ decree: { ok: true, value: [{ input: '$&', output: '{{A}}' }, { input: '$1', output: '$1' }] } }), 'decree');
    expect(r.ok).toBe(false);
    expect(r.finding).toBe('Nilai berubah saat masuk ke draf SK: $& menjadi {{A}}.');
  });

  it('triggers: duplicates, the 20 limit, two of one type in an add-on and missing ones are each NOT OK', () => {
    const base: TriggerFacts = { user: 'tim@x.id', total: 3, byHandler: { cekHarian: 1 }, byEventType: { CLOCK: 1, ON_FORM_SUBMIT: 2 }, duplicates: 0, missing: [] };
    const judge = (v: Partial<TriggerFacts>, installation: ReadinessFacts['installation'] = 'bound') =>
      byKey(facts({ installation, triggers: { ok: true, value: { ...base, ...v } } }), 'triggers');
    expect(judge({ duplicates: 1 }).finding).toContain('1 pemicu ganda');
    expect(judge({ total: 20 }).ok).toBe(false);
    expect(judge({ byEventType: { CLOCK: 2 } }, 'bound').ok).toBe(true);
    expect(judge({ byEventType: { CLOCK: 2 } }, 'addon').finding).toContain('satu pemicu per jenis');
    expect(judge({ missing: ['Pemeriksaan Harian'] }).action).toContain('Perbaiki Pemicu');
  });

  it('time zone other than Asia/Makassar: NOT OK, with the fix for each side', () => {
    const r = byKey(facts({ timeZone: { ok: true, value: { spreadsheet: 'Asia/Jakarta', script: 'Asia/Makassar' } } }), 'timeZone');
    expect(r.ok).toBe(false);
    expect(r.action).toMatch(/^Jalankan Siapkan Lembar Kerja/);
  });

  it('scopes not granted: NOT OK, listing them', () => {
    const r = byKey(facts({ scopes: { ok: true, value: { required: SCOPES, granted: [SCOPES[0]], authorizationRequired: true } } }), 'scopes');
    expect(r.ok).toBe(false);
    expect(r.finding).toBe('Izin belum diberikan: documents.');
  });

  it('a probe that failed is NOT OK, never silently OK', () => {
    const r = byKey(facts({ decree: { ok: false, error: 'Service Documents failed' } }), 'decree');
    expect(r).toMatchObject({ ok: false, finding: 'Pemeriksaan tidak dapat dijalankan: Service Documents failed' });
    expect(byKey(facts({ installation: 'unknown' }), 'installation').ok).toBe(false);
  });

  it('rows and message carry every check', () => {
    const results = judgeReadiness(facts({ timeZone: { ok: true, value: { spreadsheet: 'Etc/GMT', script: 'Etc/GMT' } } }));
    const rows = readinessRows(results);
    expect(rows.map((r) => r[1])).toEqual(results.map((r) => (r.ok ? 'OK' : 'TIDAK OK')));
    const message = readinessMessage(results, 'Uji Kesiapan');
    expect(message).toMatch(/^11 dari 12 pemeriksaan OK; 1 perlu tindakan\./);
    expect(message).toContain('✘ Zona waktu: TIDAK OK');
  });
});
