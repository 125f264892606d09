// Units by code or name, without diacritics or case, with aliases; merged 2025 units never take an
// old province's name.
import { describe, expect, it } from 'vitest';
import { createUnitMatcher, directoryNames, nameKey } from './unit-match';

const units = [
	{ code: '01', name: 'Hà Nội' },
	{ code: '46', name: 'Thừa Thiên Huế' },
	{ code: '79', name: 'TP. Hồ Chí Minh' },
	{ code: '66', name: 'Đắk Lắk' }
];
const aliases = [
	{ alias: 'HCMC', code: '79' },
	{ alias: 'TP HCM', code: '79' },
	{ alias: 'Huế', code: '46' },
	{ alias: 'Đắc Lắc', code: '66' }
];
const m = createUnitMatcher(units, (c) => (c === '01' ? ['Hanoi'] : []), aliases);
const unitOf = (ref: { code?: string; name?: string }) => {
	const r = m.match(ref);
	return r.ok ? units[r.unit].code : r.reason;
};

describe('unit matching', () => {
	it('strips diacritics, case, punctuation and "Tỉnh/Thành phố/TP/City"', () => {
		expect(nameKey('Thành phố Hồ Chí Minh')).toBe('hochiminh');
		expect(nameKey('Ho Chi Minh City')).toBe('hochiminh');
		expect(nameKey('TỈNH ĐẮK LẮK')).toBe('daklak');
	});
	it.each([
		['TP HCM', '79'],
		['TP. Hồ Chí Minh', '79'],
		['Ho Chi Minh City', '79'],
		['HCMC', '79'],
		['thành phố hồ chí minh', '79'],
		['Huế', '46'],
		['Thua Thien - Hue', '46'],
		['ha noi', '01'],
		['Hanoi', '01'],
		['Đắc Lắc', '66'],
		['Hà Tây', 'unknown']
	])('name %s → %s', (name, code) => expect(unitOf({ name })).toBe(code));
	it('codes stay text, but "1" (Excel dropped the zero) is "01"', () => {
		expect(unitOf({ code: '01' })).toBe('01');
		expect(unitOf({ code: '1' })).toBe('01');
		expect(unitOf({ code: '001', name: 'Hà Nội' })).toBe('01');
	});
	it('a code column holding names still matches', () =>
		expect(unitOf({ code: 'Hà Nội' })).toBe('01'));
	it('refuses a code that contradicts the name', () => {
		expect(m.match({ code: '01', name: 'Huế' })).toEqual({
			ok: false,
			reason: 'mismatch',
			code: '01',
			unit: 0,
			name: 'Huế'
		});
	});
	it('directory names only where the directory means the same province', () => {
		const dir = new Map([
			['15', { vi: 'Yên Bái', en: 'Yen Bai' }],
			['01', { vi: 'Hà Nội', en: 'Hanoi' }]
		]);
		const names = directoryNames(
			[
				{ code: '15', name: 'Lào Cai' },
				{ code: '01', name: 'Hà Nội' }
			],
			dir
		);
		expect(names('15')).toEqual([]);
		expect(names('01')).toEqual(['Hà Nội', 'Hanoi']);
	});
});
