// Strip (barcode) plots of indicator distributions: every province's normalised score as a thin
// mark on 0–100, the selected province highlighted, with the median and the extremes.
import { median } from '../model/profile';

export interface StripRow {
	/** Indicator position. */
	indicator: number;
	/** Present values of all units. */
	values: number[];
	selected: number;
	median: number;
	min: number;
	max: number;
}

/** One row per column (indicator) with the unit's value and the column's summary. */
export function stripRows(columns: readonly ArrayLike<number>[], unit: number): StripRow[] {
	return columns.map((col, indicator) => {
		const values = Array.from(col).filter((v) => Number.isFinite(v));
		return {
			indicator,
			values,
			selected: col[unit] ?? NaN,
			median: median(col),
			min: values.length ? Math.min(...values) : NaN,
			max: values.length ? Math.max(...values) : NaN
		};
	});
}

/** One path of vertical marks from y0 to y1 at x(v) for every value (rounded to 0.1 px). */
export function marksPath(
	values: readonly number[],
	x: (v: number) => number,
	y0: number,
	y1: number
): string {
	const h = Math.round((y1 - y0) * 10) / 10;
	return values.map((v) => `M${Math.round(x(v) * 10) / 10} ${y0}v${h}`).join('');
}
