// "What it takes": least-effort capped targets for a goal. Frozen bounds: the score is linear in each
// indicator, so the greedy fill is exact (fractional knapsack). Re-based: greedy path from the local
// slopes, least effort along it by bisection on recomputed scores, re-planned — a heuristic.
import type { BoundsMode, Field } from './field';
import { createEvaluator, type Evaluation, type Evaluator } from './evaluate';
import { goalMet, slack, threshold, type Goal } from './goal';
import {
	buildPath,
	capOf,
	capValues,
	defaultInputs,
	effortForGain,
	movable,
	pathEffort,
	planEffort,
	valuesAt,
	type Segment,
	type SolverInputs
} from './path';

export interface Outcome {
	score: number;
	rank: number;
	/** The score the goal asked for at that point (others' scores move with re-based bounds). */
	threshold: number;
}

export interface Plan {
	status: 'already' | 'reached' | 'unreachable' | 'no-score';
	goal: Goal;
	mode: BoundsMode;
	/** The province's values under the plan, per indicator position (current where unchanged). */
	targets: Float64Array;
	effort: number;
	current: Outcome;
	reached: Outcome;
	/** With every movable indicator at its cap: the best the caps allow. */
	atCaps: Outcome;
	/** True when the plan is provably of least effort (frozen bounds). */
	optimal: boolean;
	evaluations: number;
	ms: number;
}

export interface SolveOptions {
	/** Significant digits of the targets, rounded in the good direction (default 4; 0 = exact). */
	digits?: number;
	inputs?: SolverInputs;
	/** Score points to stay above the province to beat (rank and overtake goals); default 0.01. */
	margin?: number;
	/** Re-planning rounds in re-based mode; default 3. */
	rounds?: number;
	evaluator?: Evaluator;
}

const TINY = 1e-9;

function outcome(goal: Goal, e: Evaluation, unit: number): Outcome {
	return { score: e.score, rank: e.rank, threshold: threshold(goal, e.root, unit) };
}

export function solve(field: Field, goal: Goal, options: SolveOptions = {}): Plan {
	const start = performance.now();
	const ev = options.evaluator ?? createEvaluator(field);
	const inputs = options.inputs ?? defaultInputs(field);
	const unit = field.unit;
	const first = ev.count;
	const cur = ev.evaluate();
	const current = outcome(goal, cur, unit);
	const finish = (status: Plan['status'], exact: Float64Array, optimal: boolean): Plan => {
		const digits = options.digits ?? 4;
		const targets =
			status === 'reached' && digits > 0 ? roundTargets(field, inputs, exact, digits) : exact;
		const reached = status === 'already' ? current : outcome(goal, ev.evaluate(targets), unit);
		const capsAt = outcome(goal, ev.evaluate(capValues(field, inputs)), unit);
		return {
			status,
			goal,
			mode: field.mode,
			targets,
			effort: planEffort(field, inputs, targets),
			current,
			reached,
			atCaps: capsAt,
			optimal,
			evaluations: ev.count - first,
			ms: performance.now() - start
		};
	};
	if (Number.isNaN(cur.score)) return finish('no-score', Float64Array.from(field.current), false);
	if (goalMet(goal, cur.root, unit))
		return finish('already', Float64Array.from(field.current), true);

	let margin = goal.kind === 'score' ? TINY : Math.max(options.margin ?? 0.01, TINY);
	let met = (e: Evaluation) => slack(goal, e.root, unit) >= margin;
	const caps = capValues(field, inputs);
	const atCaps = ev.evaluate(caps);
	if (!met(atCaps)) {
		if (!goalMet(goal, atCaps.root, unit)) return finish('unreachable', caps, false);
		// Reachable only as a tie (or within the margin): aim at the goal itself.
		margin = 0;
		met = (e) => goalMet(goal, e.root, unit);
	}

	const search = (path: Segment[], lo: number, hi: number): number => {
		for (let i = 0; i < 64 && hi - lo > TINY * Math.max(1, hi); i++) {
			const mid = (lo + hi) / 2;
			if (met(ev.evaluate(valuesAt(field, path, mid)))) hi = mid;
			else lo = mid;
		}
		return hi;
	};

	let path = buildPath(field, inputs, cur);
	let total = pathEffort(path);
	if (field.mode === 'frozen') {
		const need = threshold(goal, cur.root, unit) + margin + TINY - cur.score;
		const exact = Math.min(effortForGain(path, need) ?? total, total);
		const t = met(ev.evaluate(valuesAt(field, path, exact))) ? exact : search(path, exact, total);
		return finish('reached', valuesAt(field, path, t), t === exact);
	}

	let best = valuesAt(field, path, search(path, 0, total));
	let bestEffort = planEffort(field, inputs, best);
	for (let round = 0; round < (options.rounds ?? 3); round++) {
		path = buildPath(field, inputs, ev.evaluate(best));
		total = pathEffort(path);
		const next = valuesAt(field, path, search(path, 0, total));
		const effort = planEffort(field, inputs, next);
		if (!(effort < bestEffort * (1 - 1e-6))) break;
		best = next;
		bestEffort = effort;
	}
	return finish('reached', best, false);
}

/** `x` rounded to `digits` significant digits away from `from` in direction `dir`. */
export function roundOutward(x: number, from: number, dir: number, digits: number): number {
	if (x === from || x === 0 || !Number.isFinite(x)) return x;
	const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - digits + 1);
	const k = dir === 1 ? Math.ceil(x / step - 1e-9) : Math.floor(x / step + 1e-9);
	const y = Number((k * step).toPrecision(digits + 2));
	return dir * (y - x) >= 0 ? y : x;
}

/** Targets rounded in the good direction (so the goal stays met), never past the cap. */
function roundTargets(
	field: Field,
	inputs: SolverInputs,
	targets: Float64Array,
	digits: number
): Float64Array {
	return Float64Array.from(targets, (x, p) => {
		if (!movable(field, inputs, p) || x === field.current[p]) return x;
		const y = roundOutward(x, field.current[p], field.dirs[p], digits);
		const cap = capOf(field, inputs, p);
		return field.dirs[p] * (y - cap) > 0 ? cap : y;
	});
}

/** PII points the province gains from each changed target applied alone (0 where unchanged). */
export function gainsAlone(ev: Evaluator, targets: Float64Array): Float64Array {
	const { current } = ev.field;
	const base = ev.evaluate().score;
	const values = Float64Array.from(current);
	return Float64Array.from(targets, (x, p) => {
		if (x === current[p] || !Number.isFinite(x)) return 0;
		values[p] = x;
		const gain = ev.evaluate(values).score - base;
		values[p] = current[p];
		return gain;
	});
}
