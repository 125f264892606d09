// Denominators: an indicator divided by another data column (population, GRDP, enterprises…).
// Mirrors the Denominated sheet: missing, or a missing or zero denominator, gives a missing value.

/** `out[u] = x[u] / d[u]`; NaN when either is missing, the denominator is 0 or the ratio overflows. */
export function denominateColumn(
	x: ArrayLike<number>,
	d: ArrayLike<number> | undefined,
	out: Float64Array,
	n = out.length
): Float64Array {
	for (let u = 0; u < n; u++) {
		const a = x[u];
		const b = d && u < d.length ? d[u] : NaN;
		const r = a / b;
		out[u] = b !== 0 && Number.isFinite(r) ? r : NaN;
	}
	return out;
}
