/**
 * The menu "Agen Perubahan" as data, in the order of the seed's flow. Each item names the
 * top-level function (exported from src/index.ts) that Apps Script calls. The menu lives under
 * Extensions (Ui.createAddonMenu()), for a bound script and for a published add-on alike.
 */
export interface MenuItem {
  caption: string;
  fn: string;
  /**
   * Listed in AuthMode.NONE too: an add-on installed for the user but not yet used in this
   * spreadsheet. These items start the product (or check it) and need no state to be listed;
   * running one enables the add-on here, and it puts the full menu up at once.
   */
  starter?: boolean;
}
export interface SubMenu {
  caption: string;
  items: MenuItem[];
}
export type MenuEntry = MenuItem | SubMenu | 'separator';

export const MENU_TITLE = 'Agen Perubahan';

export const MENU: MenuEntry[] = [
  { caption: 'Siapkan Lembar Kerja', fn: 'menuSiapkanLembarKerja', starter: true },
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
  {
    caption: 'Rencana Tindak',
    items: [
      { caption: 'Siapkan Rencana Tindak', fn: 'menuSiapkanRencanaTindak' },
      { caption: 'Ajukan Rencana Tindak', fn: 'menuAjukanRencanaTindak' },
      { caption: 'Buat Formulir Laporan', fn: 'menuBuatFormulirLaporan' },
      { caption: 'Buat Laporan Pemantauan', fn: 'menuBuatLaporanPemantauan' },
      { caption: 'Kirim Pengingat Email', fn: 'menuKirimPengingatEmail' },
    ],
  },
  {
    caption: 'Survei',
    items: [
      { caption: 'Hubungkan Formulir Survei', fn: 'menuHubungkanFormulirSurvei' },
      { caption: 'Sinkronkan Ulang Survei', fn: 'menuSinkronkanUlangSurvei' },
    ],
  },
  { caption: 'Status & Bantuan', fn: 'menuStatusBantuan', starter: true },
  { caption: 'Uji Kesiapan', fn: 'menuUjiKesiapan', starter: true },
];

/** Google's AuthMode of an onOpen/onInstall event, as a name ('FULL' when there is no event: run from the editor). */
export type MenuMode = 'NONE' | 'LIMITED' | 'FULL';

/**
 * The menu for an authorisation mode. Google's add-on menu guide says to take no action that
 * requires authorisation (such as checking the script Properties) while the add-on runs in
 * AuthMode NONE (developers.google.com/workspace/add-ons/concepts/menus). So in NONE
 * only the starter items; in LIMITED and FULL the whole menu.
 */
export function menuFor(mode: MenuMode, entries: MenuEntry[] = MENU): MenuEntry[] {
  if (mode !== 'NONE') return entries;
  return entries.filter((e): e is MenuItem => e !== 'separator' && !isSubMenu(e) && e.starter === true);
}

/** The mode of an event object's `authMode` (an enum object on Google; its name is its string). */
export function modeOf(event: unknown): MenuMode {
  const mode = event && typeof event === 'object' ? (event as { authMode?: unknown }).authMode : undefined;
  const name = mode === undefined || mode === null ? 'FULL' : String(mode);
  return name === 'NONE' || name === 'LIMITED' ? name : 'FULL';
}

export function isSubMenu(e: MenuEntry): e is SubMenu {
  return typeof e === 'object' && 'items' in e;
}

/** Every function name the menu calls. */
export function menuFunctions(entries: MenuEntry[] = MENU): string[] {
  return entries.flatMap((e) => (e === 'separator' ? [] : isSubMenu(e) ? e.items.map((i) => i.fn) : [e.fn]));
}
