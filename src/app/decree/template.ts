/**
 * "Buat Template SK" (D1): when `Pengaturan` names no usable template, the default Keputusan Kepala
 * Dinas skeleton (core/decree/default-template.ts) becomes a new Google Doc (kop in the header,
 * LAMPIRAN after a page break) and its id is recorded in `ID Template SK`. The team then edits that
 * Doc freely; the product only reads it.
 */
import { DEFAULT_TEMPLATE_NAME, defaultDecreeTemplate } from '../../core/decree/default-template';
import { fileIdFrom, pageOf, type ParsedSettings } from '../../core/settings';
import { activeUserEmail } from '../../gas/session';
import { logDocument } from '../../gas/sheets';
import { createDocument } from '../../gas/docs';
import { documentState } from '../../gas/drive';
import { alert } from '../../gas/ui';
import { loadSettings, updateSettings } from '../settings';
import { emblemImage, outputFolder } from './files';

export interface TemplateResult {
  created: boolean;
  id: string;
  url: string;
  message: string;
}

/** Creates the default template unless a usable one is already set. */
export function createDefaultTemplate(parsed: ParsedSettings = loadSettings()): TemplateResult {
  const current = fileIdFrom(parsed.settings.templateId);
  let replaced = '';
  if (current !== '') {
    const state = documentState(current);
    if (state === 'ok') {
      const url = `https://docs.google.com/document/d/${current}/edit`;
      return {
        created: false,
        id: current,
        url,
        message: `Template SK sudah ada:\n${url}\n\nTidak ada yang dibuat. Untuk membuat template bawaan yang baru, kosongkan "ID Template SK" di lembar Pengaturan lalu jalankan menu ini lagi.`,
      };
    }
    replaced = `\n\nTemplate lama (${current}) ${state === 'trashed' ? 'ada di Sampah' : 'tidak ditemukan'}, jadi ID Template SK diganti dengan template baru ini.`;
  }
  const folder = outputFolder(parsed, '');
  const doc = createDocument(DEFAULT_TEMPLATE_NAME, defaultDecreeTemplate(pageOf(parsed.settings), parsed.settings.instansi.trim().toUpperCase() || undefined), folder, emblemImage(parsed));
  updateSettings(parsed, { templateId: doc.id });
  logDocument(doc.name, doc.url, activeUserEmail(), 'Template SK bawaan (boleh diedit; placeholder {{…}} diisi saat Buat Draf SK)');
  return {
    created: true,
    id: doc.id,
    url: doc.url,
    message:
      `Template SK dibuat dan dicatat di Pengaturan (ID Template SK):\n${doc.url}\n\n` +
      'Silakan sesuaikan isinya di Google Docs. Bagian bertanda {{…}} diisi otomatis saat Buat Draf SK; ' +
      'baris tabel Lampiran yang berisi {{NAMA}} diulang untuk setiap agen.' +
      replaced,
  };
}

/** Menu: Buat Template SK. */
export function runCreateTemplate(): void {
  const r = createDefaultTemplate();
  alert('Buat Template SK', r.message);
}
