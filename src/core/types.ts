/** Domain types shared across the product's rules. Pure data, no Apps Script. */
import type { NipDamage } from './nip';

/** Status Kepegawaian as written in `Pegawai` (normalised). */
export type EmploymentStatus = 'PNS' | 'CPNS' | 'PPPK' | 'PPPK Paruh Waktu' | 'Non ASN';

/** One row of the roster sheet `Pegawai`, as read (strings trimmed, NIPs digits only). */
export interface Employee {
  /** Digits only (18 for PNS/CPNS/PPPK); '' when the row has none. */
  nip: string;
  /** Full name as in the roster, titles included ("dr. Maria Goreti Lake, M.Kes."). */
  name: string;
  jabatan: string;
  unit: string;
  /** Pangkat/golongan as written ("Penata Muda / III.a"). */
  pangkat: string;
  /** Status as written in the sheet (validated elsewhere). */
  status: string;
  /** Hukuman Disiplin as written: '' / "Tidak ada" / "-" mean none. */
  sanction: string;
  /** Supervisor's NIP, digits only, or ''. */
  supervisorNip: string;
  email: string;
  /** 1-based row in `Pegawai` (for messages). */
  row: number;
  /**
   * R3: the NIP cell was damaged by a spreadsheet (scientific notation, sequence 000, a number);
   * `nip` is then '' so the row identifies nobody by NIP and merges with no one.
   */
  nipDamage?: NipDamage;
}
