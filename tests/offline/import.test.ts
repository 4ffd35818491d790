import { describe, it, expect } from 'vitest';
import { readCsvTable } from '../../src/offline/cli/csv';
import {
  InputError,
  correctionsFromCsv,
  csvTableOf,
  inferItem,
  inferItems,
  responsesFromCsv,
  rosterFromCsv,
  settingsFromJson,
} from '../../src/offline/cli/read-inputs';
import { createFormFromResponses, setSetting, writeCorrections, writeRoster, writeSettingsValues } from '../../src/offline/cli/enter-inputs';
import { loadedWorkspace, sheetValues } from '../e2e/helpers';

const table = (text: string) => readCsvTable(text);

describe('rosterFromCsv', () => {
  it('puts the columns it has in the product order, headers matched case- and space-insensitively, extras after', () => {
    const rows = rosterFromCsv(table('nama ,  nip,UNIT KERJA,Pangkat / Golongan,status,Hukuman Disiplin,Catatan\n"dr. A, M.Kes.",198609262015051001,Sekretariat,III/a,pns,-,x\n'), 'p.csv');
    expect(rows[0]).toEqual(['NIP', 'Nama', 'Unit Kerja', 'Pangkat/Golongan', 'Status Kepegawaian', 'Hukuman Disiplin', 'Catatan']);
    expect(rows[1]).toEqual(['198609262015051001', 'dr. A, M.Kes.', 'Sekretariat', 'III/a', 'PNS', '-', 'x']);
  });

  it.each([
    ['Nama,Status,Unit\nA,PNS,B\n', /p\.csv: kolom "NIP" tidak ditemukan.*yang ada: Nama, Status, Unit/],
    ['NIP,Status,Unit\n1,PNS,B\n', /p\.csv: kolom "Nama" tidak ditemukan/],
    ['NIP,Nama\n1,A\n', /p\.csv: kolom "Status Kepegawaian" tidak ditemukan.*yang ada: NIP, Nama/],
    ['Unit\nB\n', /"NIP" dan "Nama" dan "Status Kepegawaian"/],
    ['NIP,Nama,Status\n', /tidak ada data pegawai/],
  ])('refuses %j', (csv, message) => {
    expect(() => rosterFromCsv(table(csv), 'p.csv')).toThrow(message);
    expect(() => rosterFromCsv(table(csv), 'p.csv')).toThrow(InputError);
  });
});

describe('correctionsFromCsv', () => {
  it('reads Teks and NIP (spaces allowed), skipping blank rows', () => {
    expect(correctionsFromCsv(table('teks,NIP\nbu maria,19860926 201505 2 001\n,\n'), 'k.csv')).toEqual([{ text: 'bu maria', nip: '198609262015052001' }]);
  });
  it.each([
    ['Nama,NIP\na,1\n', /k\.csv: kolom "Teks" tidak ditemukan/],
    ['Teks,NIP\na,1234\n', /k\.csv: baris 2: NIP "1234" harus 18 angka/],
    ['Teks,NIP\n,198609262015052001\n', /baris 2: kolom Teks kosong/],
  ])('refuses %j', (csv, message) => expect(() => correctionsFromCsv(table(csv), 'k.csv')).toThrow(message));
});

describe('responsesFromCsv', () => {
  const nominations = [
    'Timestamp,Email Address,NIP Anda,Calon Agen Perubahan 1,Calon Agen Perubahan 2',
    '2026/11/20 9:15:02 AM GMT+8,A@x.id,198609262015052001,"dr. Maria Lake, M.Kes.",',
    '2026-11-20T10:00:00+08:00,,,Yohanes Bria,=IMPORTXML("x")',
  ].join('\n');

  it('makes one TEXT item per question column, the Form collects e-mail, timestamps in WITA', () => {
    const r = responsesFromCsv(table(nominations), 'n.csv', 'nominations');
    expect(r.spec.collectEmail).toBe(true);
    expect(r.spec.items.map((i) => [i.kind, i.title])).toEqual([
      ['TEXT', 'NIP Anda'],
      ['TEXT', 'Calon Agen Perubahan 1'],
      ['TEXT', 'Calon Agen Perubahan 2'],
    ]);
    expect(r.responses[0]).toEqual({
      at: Date.UTC(2026, 10, 20, 1, 15, 2),
      email: 'A@x.id',
      answers: { 'NIP Anda': '198609262015052001', 'Calon Agen Perubahan 1': 'dr. Maria Lake, M.Kes.' },
    });
    expect(r.responses[1].answers['Calon Agen Perubahan 2']).toBe('=IMPORTXML("x")');
    expect(r.responses[1].email).toBeUndefined();
    expect(r.ids).toEqual([1, 2]);
  });

  it('reads the Indonesian-locale export (Stempel waktu, Alamat email, day-first times)', () => {
    const r = responsesFromCsv(table('Stempel waktu,Alamat email,Usulan calon\n20/11/2026 9:15:02,b@x.id,Yohanes\n'), 'n.csv', 'nominations');
    expect(r.responses[0].at).toBe(Date.UTC(2026, 10, 20, 1, 15, 2));
    expect(r.spec.collectEmail).toBe(true);
    expect(r.spec.items.map((i) => i.title)).toEqual(['Usulan calon']);
  });

  it('turns numbered answer columns into multiple-choice questions whose options are the numbered answers (S1a)', () => {
    const csv = [
      'Timestamp,Unit Kerja,Saya melayani dengan ramah,Pimpinan memberi teladan,Saran',
      '2026/11/20 9:15:02 AM GMT+8,Sekretariat,2 - Sering,1. Selalu,bagus',
      '2026/11/21 9:15:02 AM GMT+8,Bidang P2P,1 - Selalu,,',
      '2026/11/22 9:15:02 AM GMT+8,Sekretariat,4 - Jarang,3. Kadang,',
    ].join('\n');
    const r = responsesFromCsv(table(csv), 's.csv', 'survey');
    expect(r.spec.items).toEqual([
      { kind: 'TEXT', title: 'Unit Kerja' },
      { kind: 'MULTIPLE_CHOICE', title: 'Saya melayani dengan ramah', choices: ['1 - Selalu', '2 - Sering', '3', '4 - Jarang'] },
      { kind: 'MULTIPLE_CHOICE', title: 'Pimpinan memberi teladan', choices: ['1. Selalu', '2', '3. Kadang'] },
      { kind: 'TEXT', title: 'Saran' },
    ]);
    expect(r.spec.collectEmail).toBe(false);
    expect(r.responses[1].answers).toEqual({ 'Unit Kerja': 'Bidang P2P', 'Saya melayani dengan ramah': '1 - Selalu' });
  });

  it('gives a column where everyone chose the same option a scale, so it is still scored', () => {
    const r = responsesFromCsv(table('Timestamp,Q\n2026-11-20,2 - Sering\n2026-11-21,2 - Sering\n'), 's.csv', 'survey');
    expect(r.spec.items).toEqual([{ kind: 'MULTIPLE_CHOICE', title: 'Q', choices: ['1', '2 - Sering'] }]);
  });

  it.each<[string, string[], { choices: string[]; other?: boolean } | null]>([
    ['an unnumbered answer is an "Other" answer, never placed', ['2 - Sering', 'Selalu', '4 - Jarang'], { choices: ['1', '2 - Sering', '3', '4 - Jarang'], other: true }],
    ['bare numbers', ['1', '1'], { choices: ['1', '2'] }],
    ['one number written two ways', ['(3) Kadang', '1. Ya', '1) Ya'], { choices: ['1) Ya', '1. Ya', '2', '(3) Kadang'] }],
    ['"1. Selalu" and "Selalu (1)"', ['1. Selalu', 'Selalu (1)', 'Sering (2)'], { choices: ['1. Selalu', 'Selalu (1)', 'Sering (2)'] }],
    ['"1 kali sebulan" is a count, typed as "Other"', ['1 - Selalu', '2 - Sering', '1 kali sebulan'], { choices: ['1 - Selalu', '2 - Sering'], other: true }],
    ['mostly unnumbered: text', ['Sangat baik', 'Baik', '3'], null],
    ['amounts: text', ['1.5 jam', '2 jam', 'setengah jam'], null],
    ['ranges: text', ['< 1 tahun', '1-5 tahun', '6-10 tahun', '> 20 tahun'], null],
    ['a quiz score: text', ['8 / 10', '6 / 10'], null],
    ['free text starting with a number: one number, two meanings', ['1. Tingkatkan sosialisasi', '1. Lebih disiplin'], null],
  ])('%s: %j', (_name, answers, expected) => {
    const item = inferItem('Q', answers);
    if (expected === null) expect(item.kind).toBe('TEXT');
    else expect(item).toEqual({ kind: 'MULTIPLE_CHOICE', title: 'Q', ...expected });
  });

  it.each<[string, string]>([
    ['free text where one answer is a number (answers do not repeat)', 'Timestamp,Q1,Lama bekerja\n2026-11-20,1 - Selalu,5\n2026-11-21,2 - Sering,lima tahun\n2026-11-22,1 - Selalu,sejak 2010\n'],
    ['a "Saran" column', 'Timestamp,Q1,Saran\n2026-11-20,1 - Selalu,Baik\n2026-11-21,2 - Sering,Baik\n2026-11-22,1 - Selalu,3\n'],
  ])('a column that is not a partly numbered choice question is still read: %s', (_what, csv) => {
    const r = responsesFromCsv(table(csv), 's.csv', 'survey');
    expect(r.spec.items.map((i) => i.kind)).toEqual(['MULTIPLE_CHOICE', 'TEXT']);
  });

  it.each([['Score'], ['Total skor'], ['Saran'], ['Komentar tambahan']])('a %j column is never scored, whatever it holds', (title) => {
    expect(inferItem(title, ['1', '2', '3']).kind).toBe('TEXT');
  });

  it('uses a response id column when there is one', () => {
    const r = responsesFromCsv(table('Timestamp,Response ID,Calon 1\n2026-11-20,abc,X\n2026-11-21,,Y\n'), 'n.csv', 'nominations');
    expect(r.ids).toEqual(['abc', 2]);
    expect(r.spec.items.map((i) => i.title)).toEqual(['Calon 1']);
  });

  it.each([
    ['nominations', 'Nama,Calon 1\nA,B\n', /n\.csv: kolom waktu pengisian \("Timestamp" atau "Stempel waktu"\) tidak ditemukan/],
    ['nominations', 'Timestamp,Nama Anda,Alasan\n2026-11-20,A,B\n', /n\.csv: tidak ada kolom calon yang dikenali/],
    ['survey', 'Timestamp,Unit Kerja,Saran\n2026-11-20,A,B\n', /n\.csv: tidak ada pertanyaan bernilai yang dikenali/],
    // S1: a choice question only partly numbered (here one option of three) is never read as free text.
    [
      'survey',
      'Timestamp,Q1,Q2\n2026-11-20,1 - Selalu,Sangat baik\n2026-11-21,2 - Sering,Baik\n2026-11-22,1 - Selalu,3\n2026-11-23,2 - Sering,Baik\n',
      /^n\.csv: kolom "Q2": hanya sebagian pilihan jawabannya bernomor \("3"; tanpa nomor: "Sangat baik", "Baik"\), jadi tidak pasti apakah pertanyaan ini dinilai\. Bila dinilai: beri nomor/,
    ],
    ['nominations', 'Timestamp,Calon 1\nkemarin,B\n', /n\.csv: baris 2: waktu pengisian "kemarin" tidak dikenali/],
    ['nominations', 'Timestamp\n2026-11-20\n', /tidak ada kolom pertanyaan/],
  ] as const)('%s: refuses %j', (purpose, csv, message) => {
    expect(() => responsesFromCsv(table(csv), 'n.csv', purpose)).toThrow(message);
  });
});

describe('settingsFromJson', () => {
  const full = {
    instansi: 'Dinas Kesehatan Provinsi Nusa Tenggara Timur',
    kota: 'Kupang',
    kepala: { nama: 'dr. Kepala, M.Kes.', nip: '19700101 199503 1 001', pangkat: 'Pembina Utama Muda / IV/c' },
    nomorSurat: '800/123/DINKES/2026',
    tanggalPenetapan: '2026-11-27',
    periode: { mulai: '2027-01-01', selesai: '2027-12-31' },
    penilaian: [{ nip: '198609262015052001', penilai: 'Tim RB', skor: [4, 5, 4, 5] }],
    agen: [{ nip: '19860926 201505 2 001', peran: 'Katalis' }],
  };

  it('reads every key into Pengaturan values, assessments and agents', () => {
    const s = settingsFromJson(JSON.stringify(full), 's.json');
    expect(s.values).toEqual({
      instansi: 'Dinas Kesehatan Provinsi Nusa Tenggara Timur',
      kota: 'Kupang',
      nomorSurat: '800/123/DINKES/2026',
      tanggalPenetapan: '2026-11-27',
      kepalaNama: 'dr. Kepala, M.Kes.',
      kepalaNip: '197001011995031001',
      kepalaPangkat: 'Pembina Utama Muda / IV/c',
      periodeMulai: '2027-01-01',
      periodeSelesai: '2027-12-31',
    });
    expect(s.agen).toEqual([{ nip: '198609262015052001', peran: 'Katalis' }]);
    expect(s.penilaian[0].skor).toEqual([4, 5, 4, 5]);
    expect(settingsFromJson('{}', 's.json')).toEqual({ values: {}, penilaian: [], agen: [] });
  });

  it.each([
    ['{', /s\.json: JSON tidak valid/],
    ['[]', /harus objek JSON/],
    ['{"kepla": {}}', /kunci "kepla" tidak dikenal/],
    ['{"tanggalPenetapan": "besok"}', /"tanggalPenetapan" bukan tanggal/],
    ['{"kepala": {"nip": "123"}}', /"kepala.nip" harus NIP 18 angka/],
    ['{"penilaian": [{"nip": "198609262015052001", "penilai": "A", "skor": [4, 5, 6, 5]}]}', /"penilaian\[0\].skor" harus 4 angka bulat 1–5/],
    ['{"penilaian": [{"nip": "198609262015052001", "penilai": "A", "skor": [4, 5]}]}', /skor/],
    ['{"penilaian": [{"nip": "198609262015052001", "penilai": "", "skor": [4, 5, 4, 5]}]}', /penilai" kosong/],
    ['{"agen": [{"nip": "198609262015052001", "peran": "ketua"}]}', /"agen\[0\].peran" harus salah satu dari: katalis/],
    ['{"agen": [{"nip": "198609262015052001"}]}', /belum punya penilaian/],
  ])('refuses %s', (json, message) => {
    expect(() => settingsFromJson(json, 's.json')).toThrow(message);
  });
});

describe('csvTableOf', () => {
  it('names the file for a missing file, a folder and an unreadable CSV', () => {
    const err = (code: string) => () => {
      throw Object.assign(new Error('x'), { code });
    };
    expect(() => csvTableOf('a.csv', err('ENOENT'))).toThrow('a.csv: berkas tidak ditemukan.');
    expect(() => csvTableOf('d', err('EISDIR'))).toThrow(/d: ini folder/);
    expect(() => csvTableOf('b.csv', () => new TextEncoder().encode('a,b\n"x,1\n'))).toThrow(/^b\.csv: CSV tidak terbaca: tanda kutip/);
    expect(csvTableOf('c.csv', () => new TextEncoder().encode('a\n1\n')).rows).toEqual([['1']]);
  });
});

describe('writing into the workspace (built bundle)', () => {
  function prepared() {
    const ws = loadedWorkspace();
    ws.open();
    ws.run('menuSiapkanLembarKerja');
    return ws;
  }

  it('pastes the roster so NIPs keep 18 digits and formula-like names stay text; the roster check agrees', () => {
    const ws = prepared();
    const rows = rosterFromCsv(
      table('NIP,Nama,Jabatan,Unit Kerja,Pangkat/Golongan,Status Kepegawaian\n198609262015052001,"dr. Maria Lake, M.Kes.",Analis,Sekretariat,Penata Muda / III/a,PNS\n199001012015031002,=1+1,Analis,Sekretariat,III/b,PNS\n'),
      'p.csv',
    );
    writeRoster(ws, rows);
    const values = sheetValues(ws, 'Pegawai')!;
    expect(values[1][0]).toBe('198609262015052001');
    expect(values[2][1]).toBe('=1+1');
    expect(ws.sheets.snapshot(ws.spreadsheetId, 'Pegawai')!.formulas[2][1]).toBe('');
    ws.run('menuPeriksaDataPegawai');
    expect(ws.ui.shown().at(-1)!.content).toMatch(/2 pegawai diperiksa/);
  });

  it('types settings next to their labels in Pengaturan', () => {
    const ws = prepared();
    writeSettingsValues(ws, settingsFromJson('{"kota":"Kupang","tanggalPenetapan":"2026-11-27","kepala":{"nip":"19700101 199503 1 001"}}', 's.json'));
    setSetting(ws, 'nomorSurat', '800/1/2026');
    const rows = sheetValues(ws, 'Pengaturan')!;
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('Kota')).toBe('Kupang');
    expect(value('NIP Kepala Dinas')).toBe('197001011995031001');
    expect(value('Tanggal Penetapan')).toBe('2026-11-27');
    expect(value('Nomor SK')).toBe('800/1/2026');
  });

  it('types corrections into Koreksi Nama below what is there', () => {
    const ws = prepared();
    writeCorrections(ws, [{ text: 'bu maria', nip: '198609262015052001' }]);
    writeCorrections(ws, [{ text: '=2+2', nip: '199001012015031002' }]);
    const rows = sheetValues(ws, 'Koreksi Nama')!;
    expect(rows[0][0]).toBe('Teks di Formulir');
    expect(rows.slice(1, 3).map((r) => [r[0], r[2]])).toEqual([
      ['bu maria', '198609262015052001'],
      ['=2+2', '199001012015031002'],
    ]);
  });

  it('creates the Form with the CSV responses, their times and e-mails, duplicate titles kept apart', () => {
    const ws = prepared();
    const input = responsesFromCsv(table('Stempel waktu,Alamat email,Calon,Calon\n20/11/2026 9:15:02,a@x.id,A,B\n21/11/2026 10:00:00,b@x.id,C,\n'), 'n.csv', 'nominations');
    const form = createFormFromResponses(ws, input);
    const view = ws.forms.view(form.formId);
    expect(view.collectEmail).toBe(true);
    expect(view.items.map((i) => i.title)).toEqual(['Calon', 'Calon']);
    expect(view.responses.map((r) => [r.email, r.timestamp, Object.values(r.answers)])).toEqual([
      ['a@x.id', Date.UTC(2026, 10, 20, 1, 15, 2), ['A', 'B']],
      ['b@x.id', Date.UTC(2026, 10, 21, 2, 0, 0), ['C']],
    ]);
    expect(form.editUrl).toBe(view.editUrl);
    expect(form.responseIds.map((id) => form.csvIds.get(id))).toEqual([1, 2]);
  });
});
