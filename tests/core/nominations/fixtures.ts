/** A small roster for the nomination tests: titled names, a shared bare name, CPNS, a sanction. */
import type { Employee } from '../../../src/core/types';

let nextRow = 2;

export function person(nip: string, name: string, over: Partial<Employee> = {}): Employee {
  return {
    nip, name, jabatan: 'Staf', unit: 'Sekretariat', pangkat: 'Penata / III/c', status: 'PNS', sanction: '',
    supervisorNip: '', email: '', row: nextRow++, ...over,
  };
}

export const MARIA = person('198001012005012001', 'dr. Maria Goreti Lake, M.Kes.', { email: 'maria@dinkes.go.id' });
export const YOHANES = person('198102022006021002', 'Yohanes Radja, SKM', { unit: 'Bidang P2P', email: 'yohanes@dinkes.go.id' });
export const PETRUS = person('198203032007031003', 'Petrus Seran', { unit: 'Bidang SDK', email: 'petrus@dinkes.go.id' });
export const YOSEFINA_1 = person('198304042008042004', 'Yosefina Bria, S.Kep.', { unit: 'Sekretariat' });
export const YOSEFINA_2 = person('198405052009052005', 'Ns. Yosefina Bria', { unit: 'UPTD Laboratorium Kesehatan' });
export const THERESIA_CPNS = person('199506062024062006', 'Theresia Ndun', { status: 'CPNS' });
export const AGUSTINUS_SANCTIONED = person('198607072010071007', 'Agustinus Kolo, S.E.', { sanction: 'Teguran tertulis' });
export const SUDARMA = person('198708082011081008', 'I W. Sudarma', { unit: 'Bidang Pelayanan Kesehatan' });
export const DEWI = person('198809092012092009', 'Ni K. Sri Dewi, S.Farm., Apt.');
export const REGEX_NAME = person('198910102013101010', 'Marthen $1 (Lake)* [x]');
export const PAULUS = person('199011112014111011', 'Paulus Tukan, S.H.');
export const STEFANUS = person('199112122015121012', 'Stefanus Koten');
export const KATARINA = person('199201012016012013', 'Katarina Ola, A.Md.Keb.');
export const NON_ASN = person('', 'Welhelmina Pello', { status: 'Non ASN' });

export const ROSTER: Employee[] = [
  MARIA, YOHANES, PETRUS, YOSEFINA_1, YOSEFINA_2, THERESIA_CPNS, AGUSTINUS_SANCTIONED, SUDARMA, DEWI, REGEX_NAME,
  PAULUS, STEFANUS, KATARINA, NON_ASN,
];

/** A deterministic roster of `n` distinct PNS employees with valid-looking NIPs. */
export function bigRoster(n: number): Employee[] {
  const first = ['Yohanes', 'Maria', 'Petrus', 'Yosefina', 'Agustinus', 'Theresia', 'Paulus', 'Katarina', 'Stefanus', 'Elisabeth', 'Gabriel', 'Veronika', 'Andreas', 'Rosalia', 'Imanuel', 'Florentina', 'Dominggus', 'Bernadeta', 'Laurensius', 'Anastasia'];
  const last = ['Lake', 'Bria', 'Seran', 'Ndun', 'Manafe', 'Tanesib', 'Nenobais', 'Fanggidae', 'Bessie', 'Radja', 'Wadu', 'Kana', 'Hurek', 'Ola', 'Kewuan', 'Making', 'Parera', 'Pello', 'Nalle', 'Bunga'];
  const middle = ['', 'Goreti', 'Benyamin', 'Kristofel', 'Wilhelmus', 'Sisilia'];
  const out: Employee[] = [];
  for (let i = 0; i < n; i++) {
    const name = [first[i % 20], middle[Math.floor(i / 400) % 6], last[Math.floor(i / 20) % 20]].filter(Boolean).join(' ');
    const day = String(1 + Math.floor(i / 1000)).padStart(2, '0');
    const nip = `19${70 + (i % 25)}01${day}${2000 + (i % 20)}01${(i % 2) + 1}${String(i % 1000).padStart(3, '0')}`;
    out.push({ nip, name: `${name}, S.Kep.`, jabatan: 'Staf', unit: `Unit ${i % 7}`, pangkat: 'III/a', status: i % 17 === 0 ? 'CPNS' : 'PNS', sanction: '', supervisorNip: '', email: `p${i}@dinkes.go.id`, row: i + 2 });
  }
  return out;
}

/** The roster names the checkbox tests split cells by (R6): titles, degrees, a name inside another. */
export const CHECKBOX_ROSTER = [
  { name: 'dr. Maria Lake, M.Kes.' },
  { name: 'Yohanes Bria, SKM' },
  { name: 'Agustinus Seran, S.Kep., Ns.' },
  { name: 'Maria Lake Seran' },
  { name: 'Petrus Ndun' },
];
