/**
 * An error the team can fix: an Indonesian message that says what is wrong and where, and what to
 * do. Menu actions show it in a dialog; trigger runs write it to `Log Kesalahan`.
 */
export class UserError extends Error {
  readonly hint: string;
  constructor(message: string, hint = '') {
    super(message);
    this.name = 'UserError';
    this.hint = hint;
  }
}

/**
 * Another run holds the script lock. Its message starts in Indonesian ("Proses lain sedang …"),
 * never with Google's English "Lock timeout"; the hint says that nothing is lost and what follows.
 */
export function busyError(what: string, hint: string): UserError {
  return new UserError(`Proses lain sedang ${what}`, hint);
}

/** Google's own lock message (waitLock of LockService), as it reaches a log. */
export const GOOGLE_LOCK_TIMEOUT = /^Lock timeout/i;

/** True for a UserError from any realm or bundle copy (checked by name, not instanceof). */
export function isUserError(e: unknown): e is UserError {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'UserError';
}

/** What the team should do about an unexpected error, from Google's message where recognisable. */
export function adviceFor(message: string): string {
  if (/timed out|Exceeded maximum execution time/i.test(message)) {
    return 'Proses melebihi batas waktu Google. Jalankan lagi menu yang sama; pekerjaan dilanjutkan dari posisi terakhir.';
  }
  if (/Service invoked too many times|quota|Rate Limit/i.test(message)) {
    return 'Kuota harian Google tercapai. Tunggu beberapa jam atau besok, lalu jalankan Sinkronkan Ulang.';
  }
  if (/Lock timeout|another process/i.test(message)) {
    return 'Proses lain sedang berjalan. Usulan ini akan ikut diproses pada kiriman berikutnya atau saat Sinkronkan Ulang.';
  }
  if (/permission|authorization|izin/i.test(message)) {
    return 'Skrip belum diberi izin atau akses berkas dicabut. Buka menu Agen Perubahan › Status & Bantuan dan ikuti langkahnya.';
  }
  if (/No item with the given ID|not found|tidak ditemukan/i.test(message)) {
    return 'Berkas (formulir, template, atau folder) tidak ditemukan. Periksa tautan/ID di lembar Pengaturan.';
  }
  return 'Coba jalankan lagi. Bila terulang, kirim isi baris ini ke pengelola skrip.';
}
