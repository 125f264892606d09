// Leverage of every indicator for one province: PII points per +1 unit and per +10 %, the effective
// weight, distances to the national and regional leaders and the most the indicator can add — all
// by recomputation in the field's bounds mode (re-based: raising the maximum moves the maximum).
import { unitEffectiveWeights } from '../contributions';
import type { Evaluator } from './evaluate';
import { isBetter } from './field';

export interface Leader {
	/** Row index of the leading unit (the province itself when it leads); −1 when no value. */
	unit: number;
	value: number;
	/** Raw distance from the province to the leader in the good direction (0 when it leads). */
	gap: number;
}

export interface LeverageRow {
	indicator: number;
	value: number;
	/** Normalised score of the province now (0–100; NaN when missing or constant). */
	score: number;
	/** Effective weight in the PII score (the province's own renormalisation). */
	weight: number;
	/** PII points gained by improving the value by 1 unit in its good direction. */
	perUnit: number;
	/** PII points gained by improving the value by 10 % (NaN when the value is 0 or missing). */
	perTenPct: number;
	national: Leader;
	regional: Leader | null;
	/** PII points gained by reaching the national best. */
	maxGain: number;
}

/** The best value among `members` (all units when omitted) in direction `dir`. */
export function leader(
	col: ArrayLike<number>,
	dir: number,
	unit: number,
	members?: readonly number[]
): Leader {
	const idx = members ?? Array.from({ length: col.length }, (_, i) => i);
	let best = -1;
	for (const u of idx)
		if (!Number.isNaN(col[u]) && (best < 0 || isBetter(col[u], col[best], dir))) best = u;
	if (best < 0) return { unit: -1, value: NaN, gap: NaN };
	const own = col[unit];
	const value = col[best];
	return { unit: isBetter(value, own, dir) ? best : unit, value, gap: Math.abs(value - own) };
}

/**
 * @param observed the data as loaded (leaders and the national best come from it)
 * @param region row indices of the province's region (empty: no regional leader)
 */
export function leverageRows(
	ev: Evaluator,
	observed: readonly Float64Array[],
	region: readonly number[]
): LeverageRow[] {
	const { field } = ev;
	const { unit, current, dirs, tree } = field;
	const base = ev.evaluate();
	const weight = unitEffectiveWeights(tree, field.params.weights, base.scores, unit);
	const score = Float64Array.from(tree.indicators, (node) => base.scores[node][unit]);
	const values = Float64Array.from(current);
	const gainAt = (p: number, x: number) => {
		if (!Number.isFinite(x)) return NaN;
		values[p] = x;
		const gain = ev.evaluate(values).score - base.score;
		values[p] = current[p];
		return gain;
	};
	return tree.indicators.map((_, p) => {
		const x = current[p];
		const dir = dirs[p];
		const national = leader(observed[p], dir, unit);
		const present = Number.isFinite(x) && !Number.isNaN(score[p]);
		return {
			indicator: p,
			value: x,
			score: score[p],
			weight: weight[p],
			perUnit: present ? gainAt(p, x + dir) : NaN,
			perTenPct: present && x !== 0 ? gainAt(p, x + dir * 0.1 * Math.abs(x)) : NaN,
			national,
			regional: region.length ? leader(observed[p], dir, unit, region) : null,
			maxGain: present ? (national.gap > 0 ? gainAt(p, national.value) : 0) : NaN
		};
	});
}

export type LeverageKey =
	'indicator' | 'score' | 'weight' | 'perUnit' | 'perTenPct' | 'national' | 'regional' | 'maxGain';

const KEY_VALUE: Record<LeverageKey, (r: LeverageRow) => number> = {
	indicator: (r) => r.indicator,
	score: (r) => r.score,
	weight: (r) => r.weight,
	perUnit: (r) => r.perUnit,
	perTenPct: (r) => r.perTenPct,
	national: (r) => r.national.gap,
	regional: (r) => r.regional?.gap ?? NaN,
	maxGain: (r) => r.maxGain
};

/** Sorted copy (dir 1 ascending, −1 descending); missing values last, then framework order. */
export function sortLeverage(
	rows: readonly LeverageRow[],
	key: LeverageKey,
	dir: 1 | -1
): LeverageRow[] {
	const value = KEY_VALUE[key];
	return [...rows].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		const na = Number.isNaN(va);
		if (na !== Number.isNaN(vb)) return na ? 1 : -1;
		return (na ? 0 : dir * (va - vb)) || a.indicator - b.indicator;
	});
}
