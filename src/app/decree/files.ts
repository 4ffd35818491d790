/**
 * Where the documents of the decree part come from and go to: the template named in `Pengaturan`
 * and the output folder (the setting, else the template's folder, else My Drive). A deleted or
 * binned template or folder stops the run with a message that names the Pengaturan row.
 */
import { UserError } from '../../core/errors';
import { SHEETS } from '../../core/schema';
import { fileIdFrom, type ParsedSettings, type SettingKey } from '../../core/settings';
import { type DriveState, documentState, folderState, imageBlob, parentFolderId } from '../../gas/drive';

const where = (parsed: ParsedSettings, key: SettingKey, label: string): string => {
  const row = parsed.rows[key];
  return row !== undefined ? `"${label}" (baris ${row} lembar ${SHEETS.settings})` : `"${label}" di lembar ${SHEETS.settings}`;
};

function stateProblem(state: DriveState, what: string): string | null {
  switch (state) {
    case 'missing':
      return `${what} tidak ditemukan: mungkin sudah dihapus, atau akun Anda tidak punya akses.`;
    case 'trashed':
      return `${what} ada di Sampah (Trash) Google Drive.`;
    case 'not-a-document':
      return `${what} bukan Google Doc.`;
    case 'not-a-folder':
      return `${what} bukan folder Google Drive.`;
    default:
      return null;
  }
}

/** The template's file id; refuses when the setting is blank, unreadable, or the Doc is gone. */
export function requireTemplateId(parsed: ParsedSettings): string {
  const raw = parsed.settings.templateId.trim();
  const at = where(parsed, 'templateId', 'ID Template SK');
  if (raw === '') {
    throw new UserError(
      `Template SK belum ditentukan: ${at} masih kosong.`,
      'Jalankan menu Agen Perubahan › Buat Template SK untuk membuat template bawaan, atau isi ID/tautan Google Doc template Anda.',
    );
  }
  const id = fileIdFrom(raw);
  if (id === '') throw new UserError(`${at} berisi "${raw}", bukan ID atau tautan Google Doc.`, 'Salin tautan Doc template dari bilah alamat (…/document/d/…/edit) lalu tempel di sana.');
  const problem = stateProblem(documentState(id), `Template SK (${at})`);
  if (problem) {
    throw new UserError(
      problem,
      'Pulihkan Doc template dari Sampah, atau isi ID Template SK dengan template lain, atau kosongkan lalu jalankan Buat Template SK. Tidak ada draf yang dibuat.',
    );
  }
  return id;
}

/**
 * The output folder: the setting when filled (refused when gone), else the folder of `fallbackFileId`
 * (the template), else '' (My Drive).
 */
export function outputFolder(parsed: ParsedSettings, fallbackFileId: string): string {
  const set = outputFolderSetting(parsed);
  if (set !== null) return set;
  if (fallbackFileId === '') return '';
  return parentFolderId(fallbackFileId);
}

/** The output folder the setting names (refused when gone), or null when the setting is blank. */
export function outputFolderSetting(parsed: ParsedSettings): string | null {
  const raw = parsed.settings.outputFolderId.trim();
  if (raw !== '') {
    const at = where(parsed, 'outputFolderId', 'ID Folder Keluaran');
    const id = fileIdFrom(raw);
    if (id === '') throw new UserError(`${at} berisi "${raw}", bukan ID atau tautan folder Google Drive.`, 'Salin tautan folder dari bilah alamat (…/folders/…) lalu tempel di sana.');
    const problem = stateProblem(folderState(id), `Folder keluaran (${at})`);
    if (problem) throw new UserError(problem, 'Pulihkan folder itu, isi ID Folder Keluaran dengan folder lain, atau kosongkan (dokumen disimpan di folder template). Tidak ada dokumen yang dibuat.');
    return id;
  }
  return null;
}

/**
 * The kop's emblem (Pengaturan "Logo Kop"), or null when the setting is blank; refused with the
 * row to fix when it names no image the account can read.
 */
export function emblemImage(parsed: ParsedSettings): GoogleAppsScript.Base.Blob | null {
  const raw = parsed.settings.emblemId.trim();
  if (raw === '') return null;
  const at = where(parsed, 'emblemId', 'Logo Kop (ID Gambar)');
  const id = fileIdFrom(raw);
  const fix = 'Unggah lambang daerah (PNG atau JPG) ke Google Drive, salin tautannya ke sana, atau kosongkan agar kop tanpa logo. Tidak ada dokumen yang dibuat.';
  if (id === '') throw new UserError(`${at} berisi "${raw}", bukan ID atau tautan berkas Google Drive.`, fix);
  const blob = imageBlob(id);
  if (blob === 'missing') throw new UserError(`Logo kop (${at}) tidak ditemukan: mungkin sudah dihapus, atau akun Anda tidak punya akses.`, fix);
  if (blob === 'trashed') throw new UserError(`Logo kop (${at}) ada di Sampah (Trash) Google Drive.`, fix);
  if (blob === 'not-an-image') throw new UserError(`Logo kop (${at}) bukan gambar PNG, JPG atau GIF.`, fix);
  return blob;
}
