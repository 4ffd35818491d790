/**
 * The demo roster as an office exports it from BKN SIASN: bare names in capitals with the titles
 * in GELAR DEPAN / GELAR BELAKANG, status as P/C beside JENIS PEGAWAI NAMA, the golongan alone in
 * GOL AKHIR NAMA, the old 9-digit NIP LAMA beside NIP BARU, and columns the product does not need
 * (PNS ID, birth place). SIASN lists civil servants only and has no Hukuman Disiplin or NIP Atasan
 * column. Used by `npm run demo` and the tests of R1.
 */
import type { DemoEmployee } from './roster';

export const SIASN_HEADERS = [
  'PNS ID', 'NIP BARU', 'NIP LAMA', 'NAMA', 'GELAR DEPAN', 'GELAR BELAKANG', 'TEMPAT LAHIR NAMA',
  'JENIS PEGAWAI NAMA', 'STATUS CPNS PNS', 'GOL AKHIR NAMA', 'JABATAN NAMA', 'UNOR NAMA', 'EMAIL',
];

const FRONT_TITLES = /^((?:(?:dr|drg|Dr|Prof|Ns|Hj?)\.\s+)+)/;

/** "dr. Maria Lake, M.Kes." → ["dr.", "MARIA LAKE", "M.Kes."]: SIASN keeps the parts apart. */
export function splitTitledName(nama: string): [string, string, string] {
  const front = FRONT_TITLES.exec(nama)?.[1]?.trim() ?? '';
  const rest = nama.slice(front.length).trim();
  const comma = rest.indexOf(',');
  const bare = comma < 0 ? rest : rest.slice(0, comma).trim();
  const back = comma < 0 ? '' : rest.slice(comma + 1).trim();
  return [front, bare.toUpperCase(), back];
}

/** The golongan of a "Penata Muda / III/a" pangkat ("III/a"), or the text as it is. */
function golonganOf(pangkat: string): string {
  const m = /([IV]+\/[a-e])\s*$/.exec(pangkat);
  return m ? m[1] : pangkat;
}

/** The SIASN export of the demo roster's PNS and CPNS (header first). */
export function siasnRows(roster: readonly DemoEmployee[]): string[][] {
  const rows = roster
    .filter((e) => (e.status === 'PNS' || e.status === 'CPNS') && e.nip.length === 18)
    .map((e, i) => {
      const [front, bare, back] = splitTitledName(e.nama);
      return [
        `A8ACA7${String(1000 + i).padStart(6, '0')}E04400144F8A`,
        e.nip,
        String(140000000 + i * 37),
        bare,
        front,
        back,
        'KUPANG',
        'PNS DAERAH PROVINSI',
        e.status === 'PNS' ? 'P' : 'C',
        golonganOf(e.pangkat),
        e.jabatan.toUpperCase(),
        e.unit.toUpperCase(),
        e.email,
      ];
    });
  return [SIASN_HEADERS.slice(), ...rows];
}
