// Per-indicator recipe for the illustrative data: realistic raw range, decimals, distribution shape
// and the unit that leads the indicator in each edition (2023: Hà Nội 14, TP. HCM 12, Bình Dương 7;
// 2025: Hà Nội 18, TP. HCM 13, Quảng Ninh 7, as published). Ranges are the 2025 raw ranges of the notes.

/**
 * std: follows the unit's pillar level; skew: most units low, the leaders far ahead; heavy: even
 * more so (national shares, totals); weak: loosely related to the overall level; inverse: poorer
 * units score higher.
 */
export type Shape = 'std' | 'skew' | 'heavy' | 'weak' | 'inverse';

export interface IndicatorRecipe {
	code: string;
	/** Raw range of the 2025 edition (34 units); 2023 (63 units) is widened, or `range2023`. */
	lo: number;
	hi: number;
	decimals: number;
	shape: Shape;
	/** Leading unit (its raw value is the column maximum) in 2023 and in 2025. */
	lead2023: string;
	lead2025: string;
	/** Upper bound of the scale (e.g. 10 for PCI scores, 100 for shares). */
	cap?: number;
	range2023?: [number, number];
}

type Row = [string, number, number, number, Shape, string, string, number?, [number, number]?];

// code, lo, hi, decimals, shape, lead 2023, lead 2025, cap, 2023 range
const ROWS: Row[] = [
	['1.1.1', 28.2, 55.64, 2, 'std', '79', '01', 100],
	['1.1.2', 6.35, 8.44, 2, 'std', '22', '22', 10],
	['1.1.3', 6.12, 8.03, 2, 'std', '48', '22', 10],
	['1.2.1', 6.64, 8.88, 2, 'weak', '87', '82', 10],
	['1.2.2', 5.29, 7.13, 2, 'std', '22', '22', 10],
	['1.2.3', 82.95, 93.09, 2, 'std', '31', '22', 100],
	['1.2.4', 4.72, 7.08, 2, 'weak', '80', '31', 10],
	['2.1.1', 5.48, 6.59, 2, 'std', '36', '37', 10, [5.62, 7.09]],
	['2.1.2', 9.75, 140.09, 2, 'skew', '01', '01', undefined, [0.04, 2.85]],
	['2.1.3', 14.01, 33.51, 2, 'std', '79', '79'],
	['2.2.1', 2.1, 64, 2, 'heavy', '01', '01'],
	['2.2.2', 0.02, 0.26, 3, 'std', '46', '01'],
	['2.2.3', 0.04, 1.18, 3, 'skew', '01', '01'],
	['2.2.4', 0.05, 1.8, 3, 'skew', '01', '01'],
	['3.1.1', 0.25, 0.82, 3, 'std', '01', '01', 1],
	['3.1.2', 0.31, 0.86, 3, 'std', '48', '22', 1],
	['3.2.1', 21.5, 84.3, 2, 'std', '79', '79', 100],
	['3.2.2', 38.6, 99.2, 2, 'std', '74', '79', 100],
	['3.2.3', 2.45, 4.58, 2, 'weak', '37', '22', 10],
	['4.1.1', 24.5, 1620, 1, 'skew', '79', '01'],
	['4.1.2', 0.32, 6.45, 2, 'inverse', '11', '11'],
	['4.1.3', 18500, 12400000, 0, 'heavy', '79', '79'],
	['4.1.4', 9200, 6150000, 0, 'heavy', '79', '79'],
	['4.2.1', 21.4, 108.6, 2, 'std', '01', '01'],
	['4.2.2', 1.25, 21.8, 2, 'skew', '79', '79'],
	['4.2.3', 0.16, 22.4, 2, 'heavy', '79', '79', 100],
	['5.1.1', 0.05, 1.18, 2, 'std', '74', '24', 100],
	['5.1.2', 12.4, 49.8, 2, 'std', '01', '01', 100],
	['5.1.3', 0.52, 7.86, 2, 'std', '01', '01', 100],
	['5.2.1', 2, 158, 0, 'heavy', '01', '01'],
	['5.2.2', 1.2, 208.5, 1, 'skew', '74', '79'],
	['5.2.3', 2.1, 118.4, 1, 'std', '33', '33'],
	['5.3.1', 0.12, 44.6, 2, 'skew', '74', '24', 100],
	['5.3.2', 5.3, 44.8, 2, 'std', '79', '79', 100],
	['5.3.3', 1.52, 39.7, 2, 'std', '74', '79'],
	['6.1.1', 0.012, 2.76, 3, 'heavy', '01', '01'],
	['6.1.2', 0.002, 0.348, 3, 'skew', '68', '01'],
	['6.2.1', 41.2, 258.4, 1, 'std', '79', '79'],
	['6.2.2', 0.005, 0.352, 3, 'weak', '01', '01'],
	['6.2.3', 0.021, 2.18, 3, 'heavy', '01', '01'],
	['6.2.4', 0.0008, 0.0295, 4, 'weak', '83', '86'],
	['6.3.1', 3.12, 54.6, 2, 'skew', '79', '79'],
	['6.3.2', 0.05, 5.96, 2, 'skew', '01', '01'],
	['6.3.3', 0.05, 4.48, 2, 'skew', '01', '01', 100],
	['7.1.1', 93.2, 127.6, 2, 'weak', '24', '25'],
	['7.1.2', 0.012, 0.948, 3, 'std', '22', '22'],
	['7.1.3', 3.4, 228.6, 2, 'skew', '74', '24'],
	['7.1.4', 1.48, 11.46, 2, 'weak', '38', '31'],
	['7.2.1', 0.21, 4.82, 2, 'inverse', '02', '08'],
	['7.2.2', 45.3, 67.9, 2, 'std', '74', '75', 100],
	['7.2.3', 2.62, 8.94, 2, 'std', '79', '79'],
	['7.2.4', 0.604, 0.818, 3, 'std', '48', '48', 1]
];

export const RECIPES: IndicatorRecipe[] = ROWS.map(
	([code, lo, hi, decimals, shape, lead2023, lead2025, cap, range2023]) => ({
		code,
		lo,
		hi,
		decimals,
		shape,
		lead2023,
		lead2025,
		...(cap !== undefined ? { cap } : {}),
		...(range2023 ? { range2023 } : {})
	})
);

/** Raw [min, max] of an indicator in an edition, at the indicator's decimals. */
export function rawRange(r: IndicatorRecipe, edition: 2023 | 2025): [number, number] {
	const round = (x: number) => Number(x.toFixed(r.decimals));
	if (edition === 2025) return [round(r.lo), round(r.hi)];
	if (r.range2023) return [round(r.range2023[0]), round(r.range2023[1])];
	// 63 pre-merger provinces spread wider than 34 merged units: lower minimum, higher maximum.
	const span = r.hi - r.lo;
	const lo = Math.max(0.8 * r.lo, r.lo - 0.08 * span);
	const hi = Math.min(r.cap ?? Infinity, r.hi + 0.08 * span);
	return [round(lo), round(hi)];
}
