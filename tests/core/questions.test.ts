import { describe, expect, it } from 'vitest';
import { answersByKey, byLabel, columnQuestions, labelled, questionLabels } from '../../src/core/questions';

describe('questions by identity (N3)', () => {
  it.each<[string[], string[]]>([
    [['A', 'B'], ['A', 'B']],
    [['Nama Calon', 'Nama Calon', 'Nama Calon'], ['Nama Calon', 'Nama Calon (2)', 'Nama Calon (3)']],
    [['Nama Calon', 'nama calon '], ['Nama Calon', 'nama calon (2)']],
    [['X', 'X (2)', 'X'], ['X', 'X (2)', 'X (3)']],
  ])('labels of %j', (titles, labels) => expect(questionLabels(titles)).toEqual(labels));

  const qs = labelled([
    { id: 11, title: 'Nama Calon' },
    { id: 12, title: 'Nama Calon' },
    { id: 13, title: 'NIP Anda' },
  ]);

  it('a label names one question; a shared title alone names none', () => {
    expect(byLabel(qs, 'nama calon (2)')?.key).toBe('12');
    expect(byLabel(qs, 'Nama Calon')?.key).toBe('11');
    expect(byLabel(qs, 'nip  anda')?.key).toBe('13');
    expect(byLabel(qs, 'Calon')).toBeNull();
  });

  it('columns of a response tab map to questions in order; unknown columns to none', () => {
    expect(columnQuestions(['Timestamp', 'NIP Anda', 'Nama Calon', 'Nama Calon', 'Score'], qs).map((q) => q?.key ?? null)).toEqual([null, '13', '11', '12', null]);
  });

  it('answers kept under a title by an earlier version are re-keyed', () => {
    expect(answersByKey({ 'NIP Anda': '1', 12: 'B' }, qs)).toEqual({ 13: '1', 12: 'B' });
  });
});
