import { describe, expect, it } from 'vitest';
import { checkSidebarInput, fieldText, SIDEBAR_KEYS, sidebarFields } from '../../src/core/settings-form';
import { SETTINGS } from '../../src/core/settings';

const FORM_URL = 'https://docs.google.com/forms/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit';

describe('checkSidebarInput: every field kind', () => {
  it.each([
    ['nominationFormUrl', FORM_URL, FORM_URL, null],
    ['nominationFormUrl', '', '', null],
    ['nominationFormUrl', 'https://forms.gle/abc', null, 'Tautan pendek'],
    ['surveyFormUrl', 'https://docs.google.com/forms/d/e/1FAIpQLSe-abcdefghijklmnopqrstuvwxyz/viewform', null, 'tautan untuk mengisi'],
    ['surveyFormUrl', 'bukan tautan', null, 'bukan tautan Google Form'],
    ['instansi', '  Dinas   Kesehatan  ', 'Dinas Kesehatan', null],
    ['emailKantor', 'dinkes@nttprov.go.id', 'dinkes@nttprov.go.id', null],
    ['emailKantor', 'dinkes at ntt', null, 'bukan alamat email'],
    ['kodePos', '85111', '85111', null],
    ['kodePos', '8511', null, '5 angka'],
    ['kodePos', 'abcde', null, '5 angka'],
    ['telepon', '(0380)  833 180', '(0380) 833 180', null],
    ['telepon', '+62 380 833180', '+62 380 833180', null],
    ['telepon', 'tidak ada', null, 'bukan nomor telepon'],
    ['kepalaNip', '19700101 199503 1 002', '197001011995031002', null],
    ['kepalaNip', '1970010119950', null, '18 angka'],
    ['kepalaNip', '', '', null],
    ['tanggalPenetapan', '27/11/2026', '27 November 2026', null],
    ['tanggalPenetapan', '27 Nopember 2026', '27 November 2026', null],
    ['tanggalPenetapan', '30/02/2026', null, 'bukan tanggal'],
    ['tanggalPenetapan', '', '', null],
    ['shortlistSize', '5', '5', null],
    ['shortlistSize', ' 7 ', '7', null],
    ['shortlistSize', '0', null, 'bilangan bulat 1–50'],
    ['perBallotLimit', '2.5', null, 'bilangan bulat'],
    ['agentCount', '', null, 'wajib diisi'],
    ['assessors', ' Ani \n\n Budi ', 'Ani\nBudi', null],
    ['templateId', 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', null],
    ['outputFolderId', 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', null],
    ['outputFolderId', 'folder saya', null, 'Google Drive'],
    ['kepalaEmail', ' Kepala.Dinas@NTTprov.go.id ', 'kepala.dinas@nttprov.go.id', null],
    ['kepalaEmail', '', '', null],
    ['kepalaEmail', 'Bapak Kepala', null, 'bukan alamat email'],
    ['approvalDelegates', ' a@x.id \n\n B@x.id ', 'a@x.id\nb@x.id', null],
    ['approvalDelegates', 'a@x.id\nIbu Ani', null, 'Bukan alamat email: "Ibu Ani"'],
    ['reminderEmail', 'ya', 'Ya', null],
    ['reminderEmail', '', 'Tidak', null],
    ['reminderEmail', 'kadang', null, 'Tidak atau Ya'],
  ])('%s = %j', (key, text, value, error) => {
    const r = checkSidebarInput({ [key]: text });
    if (error === null) {
      expect(r.errors).toEqual({});
      expect(r.values[key as keyof typeof r.values]).toBe(value);
    } else {
      expect(r.errors[key as keyof typeof r.errors]).toContain(error);
      expect(r.values).toEqual({});
    }
  });

  it('refuses an end of duty before its start, on the end field', () => {
    const r = checkSidebarInput({ periodeMulai: '1 Januari 2027', periodeSelesai: '31/12/2026' });
    expect(r.errors.periodeSelesai).toContain('lebih awal');
    expect(r.errors.periodeMulai).toBeUndefined();
  });

  it('ignores keys the sidebar does not show and refuses non-text values', () => {
    const r = checkSidebarInput({ nomineeQuestions: 'x', kota: 42 });
    expect(r.values).toEqual({});
    expect(Object.keys(r.errors)).toEqual(['kota']);
  });
});

describe('sidebarFields', () => {
  it('shows every sidebar setting once, with its Pengaturan label and help', () => {
    const groups = sidebarFields({});
    const keys = groups.flatMap((g) => g.fields.map((f) => f.key));
    expect(keys).toEqual(SIDEBAR_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of groups.flatMap((g) => g.fields)) {
      const def = SETTINGS.find((d) => d.key === f.key)!;
      expect(f.label).toBe(def.label);
      expect(f.help).toBe(def.help);
    }
  });

  it('reads stored cells as the team would type them', () => {
    const dateCell = new Date(Date.UTC(2026, 10, 26, 16, 0)); // 27 Nov 2026 00:00 WITA
    expect(fieldText('tanggalPenetapan', dateCell)).toBe('27 November 2026');
    expect(fieldText('tanggalPenetapan', '2026-11-27')).toBe('27 November 2026');
    expect(fieldText('shortlistSize', 5)).toBe('5');
    expect(fieldText('kepalaNip', '197001011995031002')).toBe('197001011995031002');
    expect(fieldText('kota', '')).toBe('');
    expect(fieldText('kota', undefined)).toBe('');
  });
});
