// Moments of the values present in a column: mean (summed in unit order, as AVERAGE), sample
// standard deviation (STDEV.S), and sample skewness and excess kurtosis as Excel's SKEW and KURT.
import { addDD, divDD, mulDD, twoSum, type DoubleDouble } from './double-double';

export interface Moments {
	/** Number of values present. */
	n: number;
	mean: number;
	/** Sample standard deviation; NaN below 2 values. */
	sd: number;
	/** Excel SKEW; NaN below 3 values or when sd = 0. */
	skew: number;
	/** Excel KURT (excess kurtosis); NaN below 4 values or when sd = 0. */
	kurt: number;
}

/** Mean of the values present (NaN when none), summed in order like AVERAGE. */
export function meanOf(x: ArrayLike<number>, n = x.length): { mean: number; count: number } {
	let sum = 0;
	let count = 0;
	for (let u = 0; u < n; u++) {
		const v = x[u];
		if (v === v) {
			sum += v;
			count++;
		}
	}
	return { mean: count > 0 ? sum / count : NaN, count };
}

/**
 * Sample standard deviation: squared deviations from the mean summed in double-double and rounded
 * once, so the variance is the correctly rounded value on ordinary data (as STDEV.S computes it).
 */
export function sampleSd(x: ArrayLike<number>, mean: number, count: number, n = x.length): number {
	if (count < 2) return NaN;
	let sum: DoubleDouble = { hi: 0, lo: 0 };
	let squares: DoubleDouble = { hi: 0, lo: 0 };
	for (let u = 0; u < n; u++) {
		const v = x[u];
		if (v === v) {
			const d = twoSum(v, -mean);
			sum = addDD(sum, d);
			squares = addDD(squares, mulDD(d, d));
		}
	}
	// Σ(x − m)² = Σd² − (Σd)²/n, exact whatever the rounding of the mean m
	const ss = addDD(squares, mulDD(sum, divDD(sum, -count)));
	const variance = divDD(ss, count - 1);
	return Math.sqrt(Math.max(0, variance.hi + variance.lo));
}

export function momentsOf(x: ArrayLike<number>, n = x.length): Moments {
	const { mean, count } = meanOf(x, n);
	const sd = sampleSd(x, mean, count, n);
	let m3 = 0;
	let m4 = 0;
	if (sd > 0)
		for (let u = 0; u < n; u++) {
			const v = x[u];
			if (v === v) {
				const z = (v - mean) / sd;
				const z2 = z * z;
				m3 += z2 * z;
				m4 += z2 * z2;
			}
		}
	const k = count;
	const skew = sd > 0 && k >= 3 ? (m3 * k) / ((k - 1) * (k - 2)) : NaN;
	const kurt =
		sd > 0 && k >= 4
			? (m4 * k * (k + 1)) / ((k - 1) * (k - 2) * (k - 3)) -
				(3 * (k - 1) * (k - 1)) / ((k - 2) * (k - 3))
			: NaN;
	return { n: count, mean, sd, skew, kurt };
}
