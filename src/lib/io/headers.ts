// Header words of data files in English and Vietnamese (with or without diacritics), and indicator
// codes in headers ("1.1.1" or "1.1.1 Ban hành…"), so a file is understood whatever its wording.
import { codeKey } from '../model/codes';
import { plainWords } from './unit-match';

export type Role =
	'unitCode' | 'unitName' | 'region' | 'indicator' | 'value' | 'edition' | 'meta' | 'ignored';

const WORDS: Record<Role, string[]> = {
	unitCode: ['code', 'ma', 'matinh', 'madonvi', 'unitcode', 'provincecode', 'ucode', 'madvhc'],
	unitName: [
		'name',
		'namevi',
		'nameen',
		'ten',
		'tinh',
		'tentinh',
		'tinhthanh',
		'tinhthanhpho',
		'province',
		'provincename',
		'unitname',
		'uname',
		'donvi',
		'diaphuong',
		'tendiaphuong',
		'tendonvi'
	],
	region: ['region', 'regioncode', 'vung', 'vungkinhte'],
	indicator: [
		'indicator',
		'indicatorcode',
		'chiso',
		'machiso',
		'icode',
		'variable',
		'chitieu',
		'machitieu'
	],
	value: ['value', 'giatri', 'solieu', 'val', 'dulieu'],
	edition: ['edition', 'year', 'nam', 'ky', 'time', 'namdulieu', 'phienban'],
	/** Columns describing indicators in a one-column-per-province file. */
	meta: [
		'namevi',
		'nameen',
		'name',
		'ten',
		'tenchiso',
		'unit',
		'donvi',
		'donvitinh',
		'leaddepartment',
		'leaddepartmenthanoi',
		'sochutri',
		'coquanchutri',
		'donvichutri',
		'notes',
		'ghichu',
		'direction',
		'weight',
		'level',
		'parent',
		'nguon',
		'source',
		'sourcehint'
	],
	ignored: ['stt', 'tt', 'no', 'sott']
};

const LOOKUP = new Map<string, Role[]>();
for (const [role, words] of Object.entries(WORDS) as [Role, string[]][])
	for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), role]);

/** Roles a header word may have ("name" is a unit name in a row-per-province file, else metadata). */
export function headerRoles(header: string): Role[] {
	return LOOKUP.get(plainWords(header).join('')) ?? [];
}

/** Indicator matcher: exact code, code ignoring case, or a code followed by its name. */
export function indicatorMatcher(codes: string[]): (text: string) => string | null {
	const exact = new Set(codes);
	const folded = new Map(codes.map((c) => [codeKey(c), c]));
	const one = (t: string) => (exact.has(t) ? t : (folded.get(codeKey(t)) ?? null));
	return (text) => {
		const t = text.trim();
		if (t === '') return null;
		const direct = one(t) ?? one(t.replace(/\.$/, ''));
		if (direct) return direct;
		const m = /^(\S+?)\.?\s*[-–:]?\s+\S/.exec(t);
		return m ? one(m[1]) : null;
	};
}
