// Which unit of the model a file row means: by code ("01", also "1" after Excel dropped the zero) or
// by name without diacritics or case ("TP. Hồ Chí Minh", "Ho Chi Minh City"), plus common aliases.
import { parseCsvText } from './csv';
import type { Unit } from '../model/types';

/** Words of a text without diacritics or case: "Thành phố Hồ Chí Minh" → thanh pho ho chi minh. */
export function plainWords(text: string): string[] {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** Name key: no diacritics, no case, no punctuation or spaces, no "Tỉnh"/"Thành phố"/"TP"/"City". */
export function nameKey(name: string): string {
	const words = plainWords(name);
	if (words[0] === 'tinh' || words[0] === 'tp') words.shift();
	else if (words[0] === 'thanh' && words[1] === 'pho') words.splice(0, 2);
	const last = words[words.length - 1];
	if (words.length > 1 && (last === 'city' || last === 'province')) words.pop();
	return words.join('');
}

/** Code key: digits compare as numbers ("01" = "1"), other codes by upper case. */
export function unitCodeKey(code: string): string {
	const t = code.trim();
	return /^\d+$/.test(t) ? String(Number(t)) : t.toUpperCase();
}

export interface Alias {
	alias: string;
	code: string;
}

export function readAliases(csv: string): Alias[] {
	const { headers, rows } = parseCsvText(csv);
	const a = headers.indexOf('alias');
	const c = headers.indexOf('code');
	return rows.map((r) => ({ alias: r[a], code: r[c] }));
}

export type UnitMatch =
	| { ok: true; unit: number }
	| { ok: false; reason: 'unknown'; text: string }
	| { ok: false; reason: 'mismatch'; code: string; unit: number; name: string }
	| { ok: false; reason: 'empty' };

export interface UnitMatcher {
	match(ref: { code?: string; name?: string }): UnitMatch;
}

/**
 * @param extraNames more names per unit code (e.g. the directory's Vietnamese and English names)
 * @param aliases alias → code; only aliases of units in `units` are used
 */
export function createUnitMatcher(
	units: Unit[],
	extraNames: (code: string) => string[] = () => [],
	aliases: Alias[] = []
): UnitMatcher {
	const byCode = new Map<string, number>();
	const byName = new Map<string, number>();
	const addName = (name: string, u: number) => {
		const k = nameKey(name);
		if (k && !byName.has(k)) byName.set(k, u);
	};
	units.forEach((unit, u) => byCode.set(unitCodeKey(unit.code), u));
	units.forEach((unit, u) => [unit.name, ...extraNames(unit.code)].forEach((n) => addName(n, u)));
	for (const a of aliases) {
		const u = byCode.get(unitCodeKey(a.code));
		if (u !== undefined) addName(a.alias, u);
	}
	const byText = (t: string) => byCode.get(unitCodeKey(t)) ?? byName.get(nameKey(t));
	return {
		match({ code = '', name = '' }) {
			const c = code.trim();
			const n = name.trim();
			if (!c && !n) return { ok: false, reason: 'empty' };
			if (!c) {
				const u = byName.get(nameKey(n)) ?? byCode.get(unitCodeKey(n));
				return u === undefined ? { ok: false, reason: 'unknown', text: n } : { ok: true, unit: u };
			}
			const u = byText(c);
			if (u === undefined) return { ok: false, reason: 'unknown', text: n ? `${c} (${n})` : c };
			const named = n ? byName.get(nameKey(n)) : undefined;
			if (named !== undefined && named !== u)
				return { ok: false, reason: 'mismatch', code: c, unit: u, name: n };
			return { ok: true, unit: u };
		}
	};
}

/**
 * More names per model unit from a province directory (Vietnamese and English), only where the
 * directory speaks of the same province (same name), so a merged 2025 unit never takes an old name.
 */
export function directoryNames(
	units: Unit[],
	directory: Map<string, { vi: string; en: string }> | null | undefined
): (code: string) => string[] {
	const byCode = new Map(units.map((u) => [u.code, u]));
	return (code) => {
		const d = directory?.get(code);
		const u = byCode.get(code);
		return d && u && nameKey(d.vi) === nameKey(u.name) ? [d.vi, d.en] : [];
	};
}

export interface KnownUnits {
	units: Unit[];
	matcher: UnitMatcher;
}

/** A province list (code, name_vi, name_en[, region_code]) as known units with their aliases. */
export function knownProvinces(csv: string, aliases: Alias[] = []): KnownUnits {
	const { headers, rows } = parseCsvText(csv);
	const [code, vi, en, region] = ['code', 'name_vi', 'name_en', 'region_code'].map((h) =>
		headers.indexOf(h)
	);
	const units: Unit[] = rows.map((r) => ({
		code: r[code],
		name: r[vi],
		...(region >= 0 && r[region] ? { region: r[region] } : {})
	}));
	const en_ = new Map(rows.map((r) => [r[code], en >= 0 ? [r[en]] : []]));
	return { units, matcher: createUnitMatcher(units, (c) => en_.get(c) ?? [], aliases) };
}
