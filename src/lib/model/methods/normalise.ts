// Normalisation of one indicator column (direction −1 flips): min-max over the units to a range,
// fixed goalposts (values beyond clipped), z-score, rank (1 = lowest, ties share the lowest rank)
// and percentile rank (0–100). Each does the operations of its formula in the Normalised sheet.
import type { NormalisationMethod } from '../method';
import { meanOf, sampleSd } from './moments';

export interface NormaliseContext {
	/** 1 = higher is better, −1 = lower is better. */
	direction: number;
	/** Score scale [low, high] of min-max and goalposts. */
	range: [number, number];
	/** Fixed [min, max] of goalposts normalisation. */
	goalposts: [number, number] | null;
}

/** Lowest and highest value the normalisation works from (NaN when none). */
export interface ColumnBounds {
	min: number;
	max: number;
}

export type Normaliser = (
	x: ArrayLike<number>,
	ctx: NormaliseContext,
	out: Float64Array,
	n: number
) => ColumnBounds;

/** MIN and MAX over the values present, NaN when there is none. */
export function columnBounds(x: ArrayLike<number>, n: number): ColumnBounds {
	let min = Infinity;
	let max = -Infinity;
	for (let u = 0; u < n; u++) {
		const v = x[u];
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return { min: min === Infinity ? NaN : min, max: max === -Infinity ? NaN : max };
}

/** Scores from [min, max] to the range; nothing (NaN) when max ≤ min. `0 + y` is `y` exactly. */
function scale(
	x: ArrayLike<number>,
	ctx: NormaliseContext,
	b: ColumnBounds,
	clip: boolean,
	out: Float64Array,
	n: number
): ColumnBounds {
	const { min, max } = b;
	if (!(max > min)) {
		out.fill(NaN, 0, n);
		return b;
	}
	const [low, high] = ctx.range;
	const span = high - low;
	const width = max - min;
	for (let u = 0; u < n; u++) {
		const v = clip ? Math.max(min, Math.min(max, x[u])) : x[u];
		out[u] = low + (span * (ctx.direction === -1 ? max - v : v - min)) / width;
	}
	return b;
}

const minmax: Normaliser = (x, ctx, out, n) => scale(x, ctx, columnBounds(x, n), false, out, n);

const goalposts: Normaliser = (x, ctx, out, n) => {
	if (!ctx.goalposts) throw new Error('goalposts normalisation needs [min, max]');
	const [min, max] = ctx.goalposts;
	return scale(x, ctx, { min, max }, true, out, n);
};

const zscore: Normaliser = (x, ctx, out, n) => {
	const { mean, count } = meanOf(x, n);
	const sd = sampleSd(x, mean, count, n);
	if (!(sd > 0)) out.fill(NaN, 0, n);
	else
		for (let u = 0; u < n; u++) {
			const v = x[u];
			out[u] = (ctx.direction === -1 ? mean - v : v - mean) / sd;
		}
	return columnBounds(x, n);
};

/** Present values sorted ascending. */
function sortedValues(x: ArrayLike<number>, n: number): Float64Array {
	const values: number[] = [];
	for (let u = 0; u < n; u++) if (x[u] === x[u]) values.push(x[u]);
	return Float64Array.from(values).sort();
}

/** Number of sorted values below `v` (strictly), or above it with `above`. */
function countBeyond(sorted: Float64Array, v: number, above: boolean): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (above ? sorted[mid] <= v : sorted[mid] < v) lo = mid + 1;
		else hi = mid;
	}
	return above ? sorted.length - lo : lo;
}

function ranked(percent: boolean): Normaliser {
	return (x, ctx, out, n) => {
		const sorted = sortedValues(x, n);
		const k = sorted.length;
		for (let u = 0; u < n; u++) {
			const v = x[u];
			if (v !== v) out[u] = NaN;
			else {
				const c = countBeyond(sorted, v, ctx.direction === -1);
				out[u] = percent ? (k > 1 ? (100 * c) / (k - 1) : NaN) : 1 + c;
			}
		}
		return columnBounds(x, n);
	};
}

const NORMALISERS: Record<NormalisationMethod, Normaliser> = {
	minmax,
	goalposts,
	zscore,
	rank: ranked(false),
	percentile: ranked(true)
};

/** The normalisation of that name; throws on an unknown name. */
export function normaliser(name: NormalisationMethod): Normaliser {
	const f = Object.hasOwn(NORMALISERS, name) ? NORMALISERS[name] : undefined;
	if (!f) throw new Error(`unknown normalisation method "${name}"`);
	return f;
}

/** Lowest score a normalisation can give (what a geometric or harmonic mean must accept). */
export function lowestScore(name: NormalisationMethod, range: [number, number]): number {
	if (name === 'zscore') return -Infinity;
	if (name === 'rank') return 1;
	if (name === 'percentile') return 0;
	return range[0];
}
