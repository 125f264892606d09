// Plausible ranges of indicator values (src/lib/data/plausible-ranges.csv): a value outside its
// range is imported only after a warning, so a typo such as 855 for 8.55 is noticed.
import { parseCsvText } from './csv';
import { parsePlainNumber } from '../model/dataset';

export interface Range {
	min: number;
	max: number;
}

export type Ranges = Map<string, Range>;

export function readRanges(csv: string): Ranges {
	const { headers, rows } = parseCsvText(csv);
	const [code, min, max] = ['code', 'min', 'max'].map((h) => headers.indexOf(h));
	const out: Ranges = new Map();
	for (const r of rows) {
		const lo = parsePlainNumber(r[min] ?? '');
		const hi = parsePlainNumber(r[max] ?? '');
		out.set(r[code], { min: lo === null ? NaN : lo, max: hi === null ? NaN : hi });
	}
	return out;
}

/** Ranges apply to the PII framework only: its root is PII and every indicator has a range. */
export function rangesFor(rootCode: string, indicatorCodes: string[], ranges: Ranges): Ranges {
	return rootCode === 'PII' && indicatorCodes.every((c) => ranges.has(c)) ? ranges : new Map();
}

export const outside = (x: number, r: Range | undefined): boolean =>
	r !== undefined && (x < r.min || x > r.max);
