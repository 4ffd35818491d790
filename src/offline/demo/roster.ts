/**
 * A deterministic roster of a provincial health office (~150 people): titled names common in
 * NTT, valid 18-digit NIPs, units, ranks, a supervisor chain, statuses including CPNS, PPPK and
 * Non ASN, a few sanctions, two people who share a bare name, and two data-entry slips for the
 * roster check to find.
 */
import { Random } from './random';

export interface DemoEmployee {
  nip: string;
  nama: string;
  jabatan: string;
  unit: string;
  pangkat: string;
  status: string;
  hukuman: string;
  nipAtasan: string;
  email: string;
}

export const DEMO_ROSTER_HEADERS = [
  'NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Pangkat/Golongan', 'Status Kepegawaian', 'Hukuman Disiplin', 'NIP Atasan', 'Email',
];

const UNITS = [
  { unit: 'Sekretariat', head: 'Sekretaris', subs: ['Subbagian Umum dan Kepegawaian', 'Subbagian Keuangan', 'Subbagian Program'] },
  { unit: 'Bidang Pelayanan Kesehatan', head: 'Kepala Bidang Pelayanan Kesehatan', subs: [] },
  { unit: 'Bidang Pencegahan dan Pengendalian Penyakit', head: 'Kepala Bidang P2P', subs: [] },
  { unit: 'Bidang Kesehatan Masyarakat', head: 'Kepala Bidang Kesehatan Masyarakat', subs: [] },
  { unit: 'Bidang Sumber Daya Kesehatan', head: 'Kepala Bidang SDK', subs: [] },
  { unit: 'UPTD Laboratorium Kesehatan', head: 'Kepala UPTD Laboratorium Kesehatan', subs: [] },
  { unit: 'UPTD Pelatihan Kesehatan', head: 'Kepala UPTD Pelatihan Kesehatan', subs: [] },
];

const FIRST_M = ['Yohanes', 'Fransiskus', 'Agustinus', 'Marthen', 'Imanuel', 'Dominggus', 'Kristofel', 'Alfons', 'Gabriel', 'Petrus', 'Paulus', 'Stefanus', 'Yulius', 'Benediktus', 'Laurensius', 'Aloysius', 'Herman', 'Yakobus', 'Anselmus', 'Ferdinandus', 'I Wayan', 'I Made', 'Muhammad', 'Andreas'];
const FIRST_F = ['Maria', 'Yosefina', 'Welhelmina', 'Elisabeth', 'Theresia', 'Fransiska', 'Bernadeta', 'Agustina', 'Veronika', 'Margaretha', 'Yuliana', 'Katarina', 'Anastasia', 'Florentina', 'Rosalia', 'Ni Ketut', 'Ni Made', 'Siti', 'Dewi', 'Oktovina'];
const LAST = ['Lake', 'Bria', 'Seran', 'Ndun', 'Manafe', 'Tanesib', 'Nenobais', 'Fanggidae', 'Bessie', 'Radja', 'Wadu', 'Kana', 'Hurek', 'Ola', 'Kewuan', 'Making', 'Parera', 'da Silva', 'Pello', 'Nalle', 'Bunga', 'Tukan', 'Koten', 'Amalo', 'Rihi', 'Bili', 'Djara', 'Lobo', 'Dethan', 'Kolo', 'Taek', 'Mau', 'Neno', 'Sabu', 'Riwu', 'Haning', 'Lona', 'Laga Kaka', 'Mbete', 'Dima'];
const MIDDLE_M = ['Benyamin', 'Kristianus', 'Fransiskus', 'Yosef', 'Aloysius', 'Wilhelmus', 'Hendrikus', 'Markus', 'Simon', 'Lukas', 'Matias', 'Oktavianus', 'Sebastianus', 'Kornelis', 'Hironimus', 'Arnoldus', 'Ignatius', 'Wayan', 'Ketut', 'Nyoman'];
const MIDDLE_F = ['Goreti', 'Magdalena', 'Kristina', 'Yasinta', 'Sisilia', 'Imaculata', 'Fatima', 'Regina', 'Natalia', 'Lusia', 'Martha', 'Serafina', 'Aurelia', 'Konsolata', 'Trivonia', 'Ermelinda', 'Priska', 'Wayan', 'Ketut', 'Nyoman'];
/** Rosters up to this size use first and last names only (the demo's ~150 people stay as they are). */
const TWO_WORD_NAMES = 1200;
const DEGREES = ['S.Kep., Ns.', 'SKM', 'S.K.M.', 'S.KM', 'SKM, M.Kes.', 'A.Md.Kep.', 'S.Farm., Apt.', 'S.ST.', 'S.Gz.', 'S.E.', 'S.H.', 'A.Md.Keb.', 'S.Kom.', 'M.Kes.'];
const STAFF_JOBS = ['Analis Kebijakan', 'Epidemiolog Kesehatan', 'Perawat Ahli Muda', 'Penyuluh Kesehatan Masyarakat', 'Administrasi Kesehatan', 'Pengelola Data', 'Bendahara', 'Pranata Laboratorium Kesehatan', 'Apoteker Ahli Muda', 'Nutrisionis', 'Sanitarian', 'Pengadministrasi Umum', 'Widyaiswara Ahli Muda', 'Bidan Ahli Muda'];
const PANGKAT: Record<string, string> = {
  'II/c': 'Pengatur / II/c', 'II/d': 'Pengatur Tk. I / II/d',
  'III/a': 'Penata Muda / III/a', 'III/b': 'Penata Muda Tk. I / III/b', 'III/c': 'Penata / III/c', 'III/d': 'Penata Tk. I / III/d',
  'IV/a': 'Pembina / IV/a', 'IV/b': 'Pembina Tk. I / IV/b', 'IV/c': 'Pembina Utama Muda / IV/c',
};

function nipFor(rnd: Random, birthYear: number, female: boolean, seq: number): string {
  const month = rnd.int(1, 12);
  const day = rnd.int(1, 28);
  const apptYear = birthYear + rnd.int(22, 30);
  const apptMonth = rnd.pick([1, 3, 4, 12]);
  return `${birthYear}${pad(month)}${pad(day)}${Math.min(apptYear, 2024)}${pad(apptMonth)}${female ? 2 : 1}${String(seq).padStart(3, '0')}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function emailOf(name: string, taken: Set<string>): string {
  const base = name
    .replace(/^(dr\.|drg\.|Ns\.|Hj?\.)\s+/i, '')
    .split(',')[0]
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .join('.');
  let email = `${base}@dinkes.nttprov.go.id`;
  for (let i = 2; taken.has(email); i++) email = `${base}${i}@dinkes.nttprov.go.id`;
  taken.add(email);
  return email;
}

/** The demo roster; `size` about 150 (up to tens of thousands for benchmarks). Same output for the same seed. */
export function demoRoster(seed = 2026, size = 150): DemoEmployee[] {
  const rnd = new Random(seed);
  const out: DemoEmployee[] = [];
  const emails = new Set<string>();
  const usedNames = new Set<string>();
  let seq = 1;

  const usedNips = new Set<string>();
  const person = (opts: { jabatan: string; unit: string; gol: string; status?: string; atasan: string; prefix?: string; female?: boolean; fixedName?: string }) => {
    const female = opts.female ?? rnd.chance(0.55);
    let bare = opts.fixedName ?? '';
    for (let tries = 0; !bare || usedNames.has(bare); tries++) {
      // Two words give ~1,700 distinct names; a bigger office gets a middle name as well (~35,000),
      // and once those are nearly all taken a second clan name.
      const first = rnd.pick(female ? FIRST_F : FIRST_M);
      bare =
        out.length < TWO_WORD_NAMES
          ? `${first} ${rnd.pick(LAST)}`
          : tries < 20
            ? `${first} ${rnd.pick(female ? MIDDLE_F : MIDDLE_M)} ${rnd.pick(LAST)}`
            : `${first} ${rnd.pick(female ? MIDDLE_F : MIDDLE_M)} ${rnd.pick(LAST)} ${rnd.pick(LAST)}`;
    }
    usedNames.add(bare);
    const prefix = opts.prefix ?? (rnd.chance(0.08) ? (female ? 'Hj.' : 'H.') : '');
    const degree = rnd.chance(0.85) ? `, ${rnd.pick(DEGREES)}` : '';
    const nama = `${prefix ? `${prefix} ` : ''}${bare}${degree}`;
    const status = opts.status ?? 'PNS';
    const birthYear = rnd.int(1968, 1998);
    let nip = '';
    // The sequence is 3 digits (1–999); beyond that a NIP already given is drawn again.
    for (let tries = 0; nip === '' || usedNips.has(nip); tries++) {
      const at = seq <= 999 ? seq : 1 + ((seq + tries) % 999);
      if (status === 'PNS' || status === 'CPNS') nip = nipFor(rnd, birthYear, female, at);
      else if (status === 'PPPK') nip = `${birthYear}${pad(rnd.int(1, 12))}${pad(rnd.int(1, 28))}2023${pad(rnd.int(1, 12))}${female ? 2 : 1}${String(at).padStart(3, '0')}`;
      else break;
    }
    if (nip !== '') {
      usedNips.add(nip);
      seq++;
    }
    const pangkat = status === 'PNS' || status === 'CPNS' ? PANGKAT[opts.gol] ?? opts.gol : status === 'PPPK' ? rnd.pick(['IX', 'X', 'VII']) : '';
    const e: DemoEmployee = {
      nip, nama, jabatan: opts.jabatan, unit: opts.unit, pangkat, status,
      hukuman: rnd.chance(0.5) ? '' : rnd.pick(['Tidak ada', '-']), nipAtasan: opts.atasan,
      email: emailOf(nama, emails),
    };
    out.push(e);
    return e;
  };

  const kadis = person({ jabatan: 'Kepala Dinas', unit: 'Dinas Kesehatan Provinsi NTT', gol: 'IV/c', atasan: '', prefix: 'dr.', female: false, fixedName: 'Yohanes Benyamin Radja' });
  const heads = UNITS.map((u) =>
    person({ jabatan: u.head, unit: u.unit, gol: rnd.pick(['IV/a', 'IV/b']), atasan: kadis.nip, prefix: rnd.chance(0.4) ? 'dr.' : '' }),
  );
  while (out.length < size) {
    const i = rnd.int(0, UNITS.length - 1);
    const u = UNITS[i];
    const roll = rnd.next();
    const status = roll < 0.06 ? 'CPNS' : roll < 0.13 ? 'PPPK' : roll < 0.19 ? 'Non ASN' : 'PNS';
    const gol = status === 'CPNS' ? 'III/a' : rnd.pick(['II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a']);
    person({
      jabatan: status === 'Non ASN' ? rnd.pick(['Tenaga Kontrak Administrasi', 'Pengemudi', 'Tenaga Kebersihan']) : rnd.pick(STAFF_JOBS),
      unit: u.subs.length > 0 && rnd.chance(0.6) ? `${u.unit} — ${rnd.pick(u.subs)}` : u.unit,
      gol, status, atasan: heads[i].nip,
    });
  }
  // Two people who share a bare name in different units (nominations for "Maria Lake" are ambiguous).
  out[20] = { ...out[20], nama: 'Maria Lake, S.Kep., Ns.' };
  out[21] = { ...out[21], nama: 'Maria Lake, SKM', unit: out[21].unit === out[20].unit ? 'UPTD Pelatihan Kesehatan' : out[21].unit };
  // Sanctions on three PNS staff (one of them a popular nominee in the demo ballots).
  const pns = out.filter((e, i) => e.status === 'PNS' && i > 10);
  pns[3].hukuman = 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan (2026)';
  pns[9].hukuman = 'Teguran tertulis';
  pns[15].hukuman = 'Pernyataan tidak puas secara tertulis';
  // Slips a real roster has: a NIP with a digit missing and a supervisor who is not in the list.
  const slip = pns[30];
  slip.nip = slip.nip.slice(0, 17);
  pns[31].nipAtasan = '197001011995031999';
  return out;
}

/** The roster as sheet rows (header first). NIPs are strings. */
export function rosterRows(roster: DemoEmployee[]): string[][] {
  return [
    DEMO_ROSTER_HEADERS,
    ...roster.map((e) => [e.nip, e.nama, e.jabatan, e.unit, e.pangkat, e.status, e.hukuman, e.nipAtasan, e.email]),
  ];
}
