/**
 * The menu "Agen Perubahan" as data, in the order of the seed's flow. Each item names the
 * top-level function (exported from src/index.ts) that Apps Script calls.
 */
export interface MenuItem {
  caption: string;
  fn: string;
}
export interface SubMenu {
  caption: string;
  items: MenuItem[];
}
export type MenuEntry = MenuItem | SubMenu | 'separator';

export const MENU_TITLE = 'Agen Perubahan';

export const MENU: MenuEntry[] = [
  { caption: 'Siapkan Lembar Kerja', fn: 'menuSiapkanLembarKerja' },
  { caption: 'Pengaturan…', fn: 'menuPengaturan' },
  { caption: 'Periksa Data Pegawai', fn: 'menuPeriksaDataPegawai' },
  {
    caption: 'Penjaringan',
    items: [
      { caption: 'Hubungkan Formulir Penjaringan', fn: 'menuHubungkanFormulirPenjaringan' },
      { caption: 'Sinkronkan Ulang Penjaringan', fn: 'menuSinkronkanUlangPenjaringan' },
      { caption: 'Perbarui Pilihan Nama di Formulir', fn: 'menuPerbaruiPilihanNama' },
    ],
  },
  {
    caption: 'Penilaian',
    items: [
      { caption: 'Siapkan Penilaian', fn: 'menuSiapkanPenilaian' },
      { caption: 'Buat Berita Acara Penilaian', fn: 'menuBuatBeritaAcara' },
    ],
  },
  { caption: 'Buat Draf SK', fn: 'menuBuatDrafSK' },
  { caption: 'Buat Template SK', fn: 'menuBuatTemplateSK' },
  { caption: 'Siapkan Rencana Tindak', fn: 'menuSiapkanRencanaTindak' },
  {
    caption: 'Survei',
    items: [
      { caption: 'Hubungkan Formulir Survei', fn: 'menuHubungkanFormulirSurvei' },
      { caption: 'Sinkronkan Ulang Survei', fn: 'menuSinkronkanUlangSurvei' },
    ],
  },
  { caption: 'Status & Bantuan', fn: 'menuStatusBantuan' },
];

export function isSubMenu(e: MenuEntry): e is SubMenu {
  return typeof e === 'object' && 'items' in e;
}

/** Every function name the menu calls. */
export function menuFunctions(entries: MenuEntry[] = MENU): string[] {
  return entries.flatMap((e) => (e === 'separator' ? [] : isSubMenu(e) ? e.items.map((i) => i.fn) : [e.fn]));
}
