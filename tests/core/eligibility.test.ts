import { describe, expect, it } from 'vitest';
import { eligibility } from '../../src/core/eligibility';

describe('eligibility (N6)', () => {
  it.each([
    ['PNS', '', true, ''],
    ['PNS', 'Tidak ada', true, ''],
    ['PNS', '-', true, ''],
    ['pns', '', true, ''],
    ['CPNS', '', false, 'Status CPNS (bukan PNS)'],
    ['PPPK', '', false, 'Status PPPK (bukan PNS)'],
    ['PPPK Paruh Waktu', '', false, 'Status PPPK Paruh Waktu (bukan PNS)'],
    ['Non ASN', '', false, 'Status Non ASN (bukan PNS)'],
    ['honorer', '', false, 'Status Non ASN (bukan PNS)'],
    ['PNS', 'Teguran tertulis', false, 'Sedang menjalani hukuman disiplin: Teguran tertulis'],
    ['CPNS', 'Teguran lisan', false, 'Status CPNS (bukan PNS); Sedang menjalani hukuman disiplin: Teguran lisan'],
    ['', '', false, 'Status Kepegawaian kosong'],
    ['Pensiun', '', false, 'Status Kepegawaian tidak dikenal: "Pensiun"'],
  ])('status %j, hukuman %j → eligible %s', (status, sanction, eligible, reason) => {
    expect(eligibility({ status, sanction })).toEqual({ eligible, reason });
  });
});
