// The improvement path of the solver: every indicator's room between its current value and its cap,
// cut into segments and ordered by PII points gained per point of effort (fractional knapsack).
import { unitEffectiveWeights } from '../contributions';
import { baselineRange, isBetter, type Field } from './field';

export interface SolverInputs {
	/** Per indicator position: the best value a plan may set (NaN: the national best). */
	caps: Float64Array;
	/** Per indicator position: effort multiplier, > 0 (1 = ordinary). */
	difficulty: Float64Array;
}

export interface Segment {
	indicator: number;
	from: number;
	to: number;
	/** Estimated PII points per effort point along the segment (exact with frozen bounds). */
	rate: number;
	/** Effort of the whole segment. */
	effort: number;
}

export function defaultInputs(field: Field): SolverInputs {
	const n = field.current.length;
	return { caps: new Float64Array(n).fill(NaN), difficulty: new Float64Array(n).fill(1) };
}

/** The cap in force for indicator `p`: the user's, or the national best. */
export function capOf(field: Field, inputs: SolverInputs, p: number): number {
	const cap = inputs.caps[p];
	return Number.isFinite(cap) ? cap : field.best[p];
}

/** Whether the solver may move indicator `p` at all (a value, a range, room below the cap). */
export function movable(field: Field, inputs: SolverInputs, p: number): boolean {
	const x = field.current[p];
	const range = baselineRange(field, p);
	return (
		Number.isFinite(x) &&
		range > 0 &&
		inputs.difficulty[p] > 0 &&
		isBetter(capOf(field, inputs, p), x, field.dirs[p])
	);
}

/** Effort of a move: difficulty × normalised points (100·|Δx| / baseline range), improvements only. */
export function moveEffort(field: Field, inputs: SolverInputs, p: number, to: number): number {
	const x = field.current[p];
	if (!isBetter(to, x, field.dirs[p])) return 0;
	return (inputs.difficulty[p] * 100 * Math.abs(to - x)) / baselineRange(field, p);
}

/** Total effort of a set of targets. */
export function planEffort(field: Field, inputs: SolverInputs, targets: Float64Array): number {
	let sum = 0;
	for (let p = 0; p < targets.length; p++)
		if (movable(field, inputs, p)) sum += moveEffort(field, inputs, p, targets[p]);
	return sum;
}

/** The province's values with every movable indicator at its cap. */
export function capValues(field: Field, inputs: SolverInputs): Float64Array {
	return Float64Array.from(field.current, (x, p) =>
		movable(field, inputs, p) ? capOf(field, inputs, p) : x
	);
}

/** Where the unit's own score stops rising: the best of the bounds (frozen) or of the others. */
function knee(field: Field, p: number, min: Float64Array, max: Float64Array): number {
	if (field.mode === 'frozen')
		return field.dirs[p] === 1 ? field.baseline.max[p] : field.baseline.min[p];
	let best = NaN;
	const col = field.columns[p];
	for (let u = 0; u < field.nUnits; u++)
		if (u !== field.unit && (Number.isNaN(best) || isBetter(col[u], best, field.dirs[p])))
			best = col[u];
	return Number.isNaN(best) ? (field.dirs[p] === 1 ? max[p] : min[p]) : best;
}

/**
 * Segments ordered by gain per effort, from the local slope: effective weight × (baseline range /
 * current range) / difficulty. Beyond the knee the unit's own score no longer rises (it may still
 * push others down when bounds are re-based); those segments come last.
 */
export function buildPath(
	field: Field,
	inputs: SolverInputs,
	at: { scores: Float64Array[]; min: Float64Array; max: Float64Array }
): Segment[] {
	const eff = unitEffectiveWeights(field.tree, field.params.weights, at.scores, field.unit);
	const main: Segment[] = [];
	const tail: Segment[] = [];
	for (let p = 0; p < field.current.length; p++) {
		if (!movable(field, inputs, p)) continue;
		const dir = field.dirs[p];
		const x = field.current[p];
		const cap = capOf(field, inputs, p);
		const range = at.max[p] - at.min[p];
		const rate =
			range > 0 ? (eff[p] * baselineRange(field, p)) / (range * inputs.difficulty[p]) : 0;
		const k = knee(field, p, at.min, at.max);
		const mid = isBetter(k, x, dir) ? (isBetter(cap, k, dir) ? k : cap) : x;
		const segment = (from: number, to: number, r: number): Segment => ({
			indicator: p,
			from,
			to,
			rate: r,
			effort: moveEffort(field, inputs, p, to) - moveEffort(field, inputs, p, from)
		});
		if (mid !== x) main.push(segment(x, mid, rate));
		if (mid !== cap) tail.push(segment(mid, cap, 0));
	}
	const order = (a: Segment, b: Segment) => b.rate - a.rate || a.indicator - b.indicator;
	const tailOrder = (a: Segment, b: Segment) =>
		rateOf(main, b.indicator) - rateOf(main, a.indicator) || a.indicator - b.indicator;
	return [...main.sort(order), ...tail.sort(tailOrder)];
}

function rateOf(segments: Segment[], p: number): number {
	return segments.find((s) => s.indicator === p)?.rate ?? 0;
}

export function pathEffort(path: readonly Segment[]): number {
	return path.reduce((sum, s) => sum + s.effort, 0);
}

/** The values reached after spending `effort` along the path. */
export function valuesAt(field: Field, path: readonly Segment[], effort: number): Float64Array {
	const values = Float64Array.from(field.current);
	let left = effort;
	for (const s of path) {
		if (left <= 0) break;
		if (left >= s.effort) {
			values[s.indicator] = s.to;
			left -= s.effort;
		} else {
			values[s.indicator] = s.from + ((s.to - s.from) * left) / s.effort;
			left = 0;
		}
	}
	return values;
}

/** Least effort along the path whose predicted gain reaches `gain` (linear model), or null. */
export function effortForGain(path: readonly Segment[], gain: number): number | null {
	if (gain <= 0) return 0;
	let spent = 0;
	let got = 0;
	for (const s of path) {
		if (s.rate <= 0) break;
		const g = s.rate * s.effort;
		if (got + g >= gain) return spent + (gain - got) / s.rate;
		got += g;
		spent += s.effort;
	}
	return null;
}
