// Fixed ("frozen") min–max bounds on top of the kernel: two phantom rows carrying the bounds and
// every value clipped into them, so the kernel's own min–max equals the fixed bounds exactly.
export interface Bounds {
	/** Per indicator position; NaN when the column has no value. */
	min: Float64Array;
	max: Float64Array;
}

/** Minimum and maximum of every column over its first `rows` entries (missing values skipped). */
export function columnBounds(columns: readonly Float64Array[], rows?: number): Bounds {
	const min = new Float64Array(columns.length);
	const max = new Float64Array(columns.length);
	columns.forEach((col, p) => {
		let lo = Infinity;
		let hi = -Infinity;
		const n = rows ?? col.length;
		for (let u = 0; u < n; u++) {
			const x = col[u];
			if (x < lo) lo = x;
			if (x > hi) hi = x;
		}
		min[p] = lo === Infinity ? NaN : lo;
		max[p] = hi === -Infinity ? NaN : hi;
	});
	return { min, max };
}

/** `x` clipped into the bounds of indicator `p` (NaN stays NaN: a missing value stays missing). */
export function clip(x: number, p: number, bounds: Bounds): number {
	const lo = bounds.min[p];
	const hi = bounds.max[p];
	if (Number.isNaN(x) || Number.isNaN(lo)) return x;
	return x < lo ? lo : x > hi ? hi : x;
}

/**
 * Columns of n + 2 rows: the n units clipped into `bounds`, then a row of minima and a row of
 * maxima. Min–max normalisation of these rows scores the units against the fixed bounds, values
 * beyond them at 0 or 100; the phantom rows are never ranked.
 */
export function frozenColumns(columns: readonly Float64Array[], bounds: Bounds): Float64Array[] {
	return columns.map((col, p) => {
		const out = new Float64Array(col.length + 2);
		for (let u = 0; u < col.length; u++) out[u] = clip(col[u], p, bounds);
		out[col.length] = bounds.min[p];
		out[col.length + 1] = bounds.max[p];
		return out;
	});
}
