import { describe, expect, it } from 'vitest';
import { detectMapping, isAboutVoter, isNomineeTitle, uncountedNomineeQuestions } from '../../../src/core/nominations/mapping';

describe('nominee and voter titles (N3)', () => {
  it.each([
    ['Calon Agen Perubahan 1', true, false],
    ['CALON 2', true, false],
    ['Usulan nama Agen Perubahan', true, false],
    ['Nama calon yang Anda usulkan', true, false],
    ['Siapa yang Anda usulkan?', true, false],
    ['Nama Anda', false, true],
    ['NIP Anda', false, true],
    ['NIP Pengusul', false, true],
    ['Nama Pengusul', false, true],
    ['Unit Kerja Anda', false, true],
    ['Identitas pemilih: nama', false, true],
    ['Alasan mengusulkan', false, false],
    ['Alasan memilih calon tersebut', false, false],
    ['Komentar', false, false],
    ['Jabatan Calon', false, false],
    ['Jabatan calon 1', false, false],
    ['Unit Kerja Calon', false, false],
    ['Bidang calon', false, false],
    ['Mengapa calon ini layak?', false, false],
    ['Keterangan usulan', false, false],
    ['Nama Calon 2', true, false],
    ['NIP Calon', true, false],
  ])('%j: nominee %s, about the voter %s', (title, nominee, voter) => {
    expect(isNomineeTitle(title)).toBe(nominee);
    expect(isAboutVoter(title)).toBe(voter);
  });
});

describe('detectMapping', () => {
  const form = [
    { title: 'Nama Anda', kind: 'TEXT' },
    { title: 'NIP Anda', kind: 'TEXT' },
    { title: 'Bagian 2', kind: 'PAGE_BREAK' },
    { title: 'Calon 1', kind: 'TEXT' },
    { title: 'Calon 2', kind: 'LIST' },
    { title: 'Usulan calon (boleh lebih dari satu)', kind: 'CHECKBOX' },
    { title: 'Calon pilihan ganda', kind: 'multiple choice' },
    { title: 'Calon (judul bagian)', kind: 'SECTION_HEADER' },
  ];

  it('detects nominee questions in Form order and the voter NIP question', () => {
    const nominees = ['Calon 1', 'Calon 2', 'Usulan calon (boleh lebih dari satu)', 'Calon pilihan ganda'];
    expect(detectMapping(form)).toEqual({
      nomineeQuestions: nominees,
      nomineeLabels: nominees,
      voterNipQuestion: 'NIP Anda',
      voterNipLabel: 'NIP Anda',
      source: 'otomatis',
      problems: [],
    });
  });

  it('finds a bare "NIP" question as the voter NIP, never a nominee NIP question', () => {
    const m = detectMapping([{ title: 'NIP calon', kind: 'TEXT' }, { title: 'NIP', kind: 'TEXT' }]);
    expect(m.nomineeQuestions).toEqual(['NIP calon']);
    expect(m.voterNipQuestion).toBe('NIP');
  });

  it('lets the team override take precedence, matched case- and space-insensitively', () => {
    const m = detectMapping(form, { nomineeQuestions: ['calon  1', 'Nama Anda'], voterNipQuestion: 'nip anda' });
    expect(m).toMatchObject({ nomineeQuestions: ['Calon 1', 'Nama Anda'], voterNipQuestion: 'NIP Anda', source: 'pengaturan', problems: [] });
  });

  it('reports override titles that no longer exist', () => {
    const m = detectMapping(form, { nomineeQuestions: ['Calon 1', 'Calon 9'], voterNipQuestion: 'NIP Pegawai' });
    expect(m.nomineeQuestions).toEqual(['Calon 1']);
    expect(m.voterNipQuestion).toBe('NIP Anda');
    expect(m.problems).toEqual([expect.stringMatching(/"Calon 9".*tidak ada/), expect.stringMatching(/"NIP Pegawai".*tidak ada/)]);
  });

  it('falls back to the titles, and says so, when no override title exists', () => {
    const m = detectMapping(form, { nomineeQuestions: ['Lama'] });
    expect(m.source).toBe('otomatis');
    expect(m.nomineeQuestions).toHaveLength(4);
    expect(m.problems).toHaveLength(2);
  });

  it('tells questions with the same title apart by key, and names them by label (N3)', () => {
    const qs = [
      { key: '11', title: 'NIP Anda', kind: 'TEXT' },
      { key: '12', title: 'Nama Calon', kind: 'TEXT' },
      { key: '13', title: 'Nama Calon', kind: 'TEXT' },
    ];
    expect(detectMapping(qs)).toMatchObject({ nomineeQuestions: ['12', '13'], nomineeLabels: ['Nama Calon', 'Nama Calon (2)'], voterNipQuestion: '11' });
    expect(detectMapping(qs, { nomineeQuestions: ['nama calon (2)'] })).toMatchObject({ nomineeQuestions: ['13'], source: 'pengaturan', problems: [] });
  });

  it('names the nominee questions a mapping leaves out', () => {
    const qs = [
      { key: '1', title: 'Calon 1', kind: 'TEXT' },
      { key: '2', title: 'Calon 4', kind: 'TEXT' },
      { key: '3', title: 'Jabatan calon', kind: 'TEXT' },
    ];
    expect(uncountedNomineeQuestions(qs, { nomineeQuestions: ['1'], voterNipQuestion: null })).toEqual(['Calon 4']);
  });

  it('says what to do when no nominee question is found', () => {
    const m = detectMapping([{ title: 'Nama Anda', kind: 'TEXT' }]);
    expect(m.nomineeQuestions).toEqual([]);
    expect(m.voterNipQuestion).toBeNull();
    expect(m.problems[0]).toMatch(/calon.*Pengaturan/);
  });
});
