/**
 * The value sets and texts the programme is built on (seed and domain.md): the office's SOLIDER
 * values, the ASN core values BerAKHLAK with their behaviour indicators, the five roles of an
 * agent with their tasks, how agents work with each counterpart, and the assessment criteria (A1).
 * Every string here is user-facing Indonesian.
 */

export interface SoliderValue {
  name: string;
  /** One line on what the value asks of the organisation. */
  meaning: string;
}

/** SOLIDER, the office's own values, in the seed's order. */
export const SOLIDER_VALUES: readonly SoliderValue[] = [
  { name: 'Serving (melayani)', meaning: 'memberikan pelayanan terbaik kepada masyarakat, unit kerja terkait, dan instansi lain' },
  { name: 'Out of the box', meaning: 'berpikir di luar kebiasaan dalam memecahkan masalah dan menghadapi kondisi baru' },
  { name: 'Lincah', meaning: 'mengikuti perkembangan zaman dan memenuhi tuntutan masyarakat dengan cepat' },
  { name: 'Integritas dan Inovatif', meaning: 'jujur dan konsisten, serta terus menghasilkan cara kerja yang baru dan lebih baik' },
  { name: 'Dinamis dan Disruptif', meaning: 'terus bergerak maju dan berani mengubah cara kerja lama yang tidak lagi efektif' },
  { name: 'Entrepreneurship', meaning: 'melihat peluang dan menciptakan nilai tambah bagi pelayanan' },
  { name: 'Responsif', meaning: 'tanggap dan cepat menindaklanjuti kebutuhan dan keluhan yang dilayani' },
];

export interface CoreValue {
  name: string;
  /** The three behaviour indicators (PermenPANRB 6/2022). */
  indicators: readonly [string, string, string];
}

/** BerAKHLAK, the ASN core values, each with its three behaviour indicators. */
export const BERAKHLAK_VALUES: readonly CoreValue[] = [
  {
    name: 'Berorientasi Pelayanan',
    indicators: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  {
    name: 'Akuntabel',
    indicators: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan BMN secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    name: 'Kompeten',
    indicators: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  {
    name: 'Harmonis',
    indicators: [
      'Menghargai setiap orang apa pun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  {
    name: 'Loyal',
    indicators: [
      'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI dan pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  {
    name: 'Adaptif',
    indicators: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  {
    name: 'Kolaboratif',
    indicators: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
];

export interface AgentRole {
  /** As shown in the Peran dropdown and the decree ("Penggerak Perubahan"). */
  name: string;
  /** Tugas dan fungsi, one sentence without a final period, lower-case start. */
  task: string;
}

/** The five roles of an agent (seed "PERAN & TUGAS AOC"), in the seed's order. */
export const AGENT_ROLES: readonly AgentRole[] = [
  {
    name: 'Katalis',
    task: 'mendorong dan mempercepat proses perubahan di unit kerjanya serta meyakinkan pegawai lain akan pentingnya perubahan',
  },
  {
    name: 'Penggerak Perubahan',
    task: 'memprakarsai dan menggerakkan pelaksanaan rencana tindak perubahan serta menjadi teladan (role model) dalam menerapkan nilai SOLIDER dan BerAKHLAK',
  },
  {
    name: 'Pemberi Solusi',
    task: 'membantu menemukan dan menawarkan alternatif pemecahan atas permasalahan yang dihadapi dalam pelaksanaan perubahan',
  },
  {
    name: 'Mediator',
    task: 'menjembatani komunikasi dan membantu menyelesaikan perbedaan pendapat antara pimpinan, pegawai, dan pihak terkait dalam proses perubahan',
  },
  {
    name: 'Penghubung',
    task: 'menghubungkan pegawai dengan pimpinan, Tim Reformasi Birokrasi, dan agen perubahan lain agar informasi, gagasan, dan sumber daya perubahan tersalurkan',
  },
];

/** The role names, for the `Peran` dropdown. */
export const ROLE_NAMES: readonly string[] = AGENT_ROLES.map((r) => r.name);

/**
 * What the decree shows in the Peran column for an agent the head gave no particular role: the
 * seed makes a per-agent role optional, and KEDUA gives every agent all five roles anyway.
 */
export const NO_ROLE_LABEL = 'Agen Perubahan';

/** The role named by `text` (case- and space-insensitive), or null. */
export function roleByName(text: string): AgentRole | null {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return AGENT_ROLES.find((r) => r.name.toLowerCase() === key) ?? null;
}

export interface WorkMechanism {
  /** The counterpart ("Dengan pegawai lainnya"). */
  counterpart: string;
  points: readonly string[];
}

/** How agents work, by counterpart (seed "MEKANISME KERJA AOC"). */
export const WORK_MECHANISM: readonly WorkMechanism[] = [
  {
    counterpart: 'Dengan pegawai lainnya',
    points: [
      'Melakukan internalisasi rencana tindak perubahan',
      'Mengajak dan memberikan contoh perubahan perilaku',
    ],
  },
  {
    counterpart: 'Dengan pimpinan instansi',
    points: [
      'Rencana tindak harus mendapat persetujuan pimpinan',
      'Melaksanakan rencana tindak dan melaporkan pelaksanaannya',
      'Menyampaikan permasalahan dan solusi dalam implementasi rencana perubahan',
      'Pimpinan memberikan dukungan',
    ],
  },
  {
    counterpart: 'Dengan Tim Reformasi Birokrasi',
    points: ['Melakukan koordinasi pada tahap penyusunan rencana tindak'],
  },
  {
    counterpart: 'Dengan sesama agen perubahan',
    points: [
      'Koordinasi penyusunan rencana tindak antar-agen perubahan',
      'Melakukan pertukaran pengetahuan dan pengalaman antar-agen perubahan serta replikasi kemajuan agen perubahan instansi lain',
      'Membentuk forum agen perubahan dalam instansi atau unit kerja untuk berbagi pengetahuan, ide, dan gagasan perubahan',
    ],
  },
];

export interface AssessmentCriterion {
  /** Column header in `Penilaian`. */
  name: string;
  /** The seed's wording, for the berita acara. */
  description: string;
}

/** A1: the four assessment criteria (seed "Kriteria AOC"), in order. */
export const ASSESSMENT_CRITERIA: readonly AssessmentCriterion[] = [
  {
    name: 'Inovatif dan proaktif',
    description: 'Inovatif dan proaktif dalam pelaksanaan tugas fungsi dan upaya peningkatan kualitas pelaksanaan Reformasi Birokrasi',
  },
  {
    name: 'Bertanggung jawab',
    description: 'Bertanggung jawab atas setiap tugas yang diberikan sesuai tugas bidang dan fungsinya',
  },
  {
    name: 'Taat disiplin dan kode etik (BerAKHLAK)',
    description: 'Taat aturan disiplin dan kode etik pegawai (BerAKHLAK)',
  },
  {
    name: 'Mampu memberi pengaruh positif',
    description: 'Mampu memberi pengaruh positif bagi organisasi',
  },
];

/** Lowest and highest score per criterion (A1). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
