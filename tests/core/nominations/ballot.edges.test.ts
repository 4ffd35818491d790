/**
 * A voter case the mutation run of `nominations/ballot.ts` showed untested (docs/mutation.md): a
 * response without an e-mail field at all is a voter by NIP or by itself (N1).
 */
import { describe, expect, it } from 'vitest';
import { voterOf } from '../../../src/core/nominations/ballot';
import { createResolver } from '../../../src/core/nominations/resolve';
import type { PlainResponse } from '../../../src/core/response';
import { PETRUS, ROSTER } from './fixtures';

describe('voterOf: no e-mail field (N1)', () => {
  const resolver = createResolver(ROSTER);
  const response = (answers: PlainResponse['answers']): PlainResponse => ({ id: 'r9', timestamp: 1, answers } as unknown as PlainResponse);
  it('is the NIP answered, or the response itself', () => {
    expect(voterOf(response({ 'NIP Anda': PETRUS.nip }), { voterNipQuestion: 'NIP Anda' }, resolver).key).toBe(`nip:${PETRUS.nip}`);
    expect(voterOf(response({}), { voterNipQuestion: 'NIP Anda' }, resolver)).toEqual({ key: 'response:r9', label: 'Tanpa identitas (respons r9)', nip: null });
  });
});
