// Outlier treatment (GII / COINr rule): an indicator fails when |skewness| > S and kurtosis > K.
// A failing indicator is winsorised step by step — the extreme value(s) on the side of the skew take
// the next value inwards, re-tested after each step — up to a number of points; if it still fails,
// the winsorisation is discarded and the original values are log-transformed:
// ln(x − min + 0.01·(max − min)). Winsorising is clipping to [low, high], so the workbook shows it as
// MAX(low, MIN(high, x)) with the caps computed here.
import type { TreatmentConstants, TreatmentMethod } from '../method';
import { momentsOf } from './moments';

export interface ShapeStats {
	skew: number;
	kurt: number;
}

export type TreatmentOutcome =
	/** No treatment asked for. */
	| { kind: 'none' }
	/** Fewer than 4 values: kurtosis is undefined, the rule cannot be tested. */
	| { kind: 'too-few'; n: number }
	/** The rule is met as it stands (a constant column passes: its skewness is undefined). */
	| { kind: 'passed'; before: ShapeStats }
	| {
			kind: 'winsorised';
			/** Units whose value was replaced. */
			points: number;
			low: number;
			high: number;
			before: ShapeStats;
			after: ShapeStats;
	  }
	| { kind: 'log'; min: number; max: number; before: ShapeStats; after: ShapeStats };

export function failsRule(s: ShapeStats, c: TreatmentConstants): boolean {
	return Math.abs(s.skew) > c.skewness && s.kurt > c.kurtosis;
}

function shape(x: ArrayLike<number>, n: number): ShapeStats {
	const m = momentsOf(x, n);
	return { skew: m.skew, kurt: m.kurt };
}

/** Largest present value below `limit` (smallest above it, with `above`); NaN when none. */
function nextInwards(x: ArrayLike<number>, n: number, limit: number, above: boolean): number {
	let best = NaN;
	for (let u = 0; u < n; u++) {
		const v = x[u];
		if (above ? v > limit && !(v >= best) : v < limit && !(v <= best)) best = v;
	}
	return best;
}

/** Decide the treatment of one column (the values the normalisation would read). */
export function decideTreatment(
	method: TreatmentMethod,
	x: ArrayLike<number>,
	c: TreatmentConstants,
	n = x.length
): TreatmentOutcome {
	if (method === 'none') return { kind: 'none' };
	if (method !== 'winsorise') throw new Error(`unknown treatment method "${method}"`);
	let count = 0;
	let low = Infinity;
	let high = -Infinity;
	for (let u = 0; u < n; u++) {
		const v = x[u];
		if (v === v) {
			count++;
			if (v < low) low = v;
			if (v > high) high = v;
		}
	}
	if (count < 4) return { kind: 'too-few', n: count };
	const before = shape(x, n);
	if (!failsRule(before, c)) return { kind: 'passed', before };
	const min = low;
	const max = high;
	const work = Float64Array.from({ length: n }, (_, u) => x[u]);
	let stats = before;
	let points = 0;
	while (failsRule(stats, c)) {
		// positive skew: the outliers are high, the highest values come down
		const highSide = stats.skew >= 0;
		const next = nextInwards(work, n, highSide ? high : low, !highSide);
		if (next !== next) break;
		const lo = highSide ? low : next;
		const hi = highSide ? next : high;
		let count = 0;
		for (let u = 0; u < n; u++) if (x[u] > hi || x[u] < lo) count++;
		// tied values move together; a step past the limit is not taken
		if (count > c.maxPoints) break;
		low = lo;
		high = hi;
		points = count;
		for (let u = 0; u < n; u++) work[u] = Math.max(low, Math.min(high, x[u]));
		stats = shape(work, n);
	}
	if (!failsRule(stats, c)) return { kind: 'winsorised', points, low, high, before, after: stats };
	const logged = new Float64Array(n);
	applyTreatment({ kind: 'log', min, max, before, after: before }, x, logged, n);
	return { kind: 'log', min, max, before, after: shape(logged, n) };
}

/** The treated column: the same operations as the Treated sheet's formulas. */
export function applyTreatment(
	outcome: TreatmentOutcome,
	x: ArrayLike<number>,
	out: Float64Array,
	n = out.length
): Float64Array {
	if (outcome.kind === 'winsorised') {
		const { low, high } = outcome;
		for (let u = 0; u < n; u++) out[u] = Math.max(low, Math.min(high, x[u]));
	} else if (outcome.kind === 'log') {
		const { min, max } = outcome;
		for (let u = 0; u < n; u++) out[u] = Math.log(x[u] - min + 0.01 * (max - min));
	} else for (let u = 0; u < n; u++) out[u] = x[u];
	return out;
}

/** Units whose value the treatment changes (all present values for a log transform). */
export function treatedUnits(outcome: TreatmentOutcome, x: ArrayLike<number>, n = x.length) {
	const units: number[] = [];
	for (let u = 0; u < n; u++) {
		const v = x[u];
		if (v !== v) continue;
		if (
			outcome.kind === 'log' ||
			(outcome.kind === 'winsorised' && (v < outcome.low || v > outcome.high))
		)
			units.push(u);
	}
	return units;
}
