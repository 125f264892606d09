// The field a province's targets are judged against: everyone's values, the other provinces
// optionally grown by an assumed yearly rate in each indicator's good direction, and the bounds mode.
import type { KernelParams } from '../kernel';
import type { Tree } from '../tree';
import { columnBounds, type Bounds } from './bounds';

/** Re-based: min and max over all units, as the official method. Frozen: the baseline's bounds. */
export type BoundsMode = 'rebased' | 'frozen';

export interface Growth {
	/** Assumed yearly improvement of every other province, in % (negative = decline). */
	ratePct: number;
	years: number;
}

export interface FieldSettings {
	mode: BoundsMode;
	growth: Growth;
}

export interface Field {
	tree: Tree;
	params: KernelParams;
	/** The province being planned (row index). */
	unit: number;
	nUnits: number;
	mode: BoundsMode;
	/** Per indicator position: 1 (higher is better) or −1. */
	dirs: Int8Array;
	/** Bounds of the data as loaded (no growth): the frozen bounds and the yardstick of effort. */
	baseline: Bounds;
	/** Per indicator position, every unit: the others grown, the province at its current values. */
	columns: Float64Array[];
	/** The province's current values per indicator. */
	current: Float64Array;
	/** Best value per indicator in its good direction, in the data as loaded; NaN when none. */
	best: Float64Array;
}

export const NO_GROWTH: Growth = { ratePct: 0, years: 1 };

/** Direction of every indicator position, from the node directions (tree order). */
export function indicatorDirections(tree: Tree, directions: ArrayLike<number>): Int8Array {
	return Int8Array.from(tree.indicators, (node) => (directions[node] === -1 ? -1 : 1));
}

/** Fraction by which values improve after `years` of `ratePct` % a year (0 for no growth). */
export function growthFactor(growth: Growth): number {
	return (1 + growth.ratePct / 100) ** Math.max(0, growth.years) - 1;
}

/**
 * Columns with every unit except `unit` improved by the growth factor in its good direction:
 * x + dir·|x|·f, so a negative value improves too and a decline moves the other way.
 */
export function projectField(
	columns: readonly Float64Array[],
	dirs: Int8Array,
	unit: number,
	growth: Growth
): Float64Array[] {
	const f = growthFactor(growth);
	return columns.map((col, p) => {
		const out = Float64Array.from(col);
		if (f === 0) return out;
		for (let u = 0; u < out.length; u++)
			if (u !== unit) out[u] = col[u] + dirs[p] * Math.abs(col[u]) * f;
		return out;
	});
}

export function makeField(
	tree: Tree,
	params: KernelParams,
	columns: readonly Float64Array[],
	unit: number,
	settings: FieldSettings
): Field {
	const dirs = indicatorDirections(tree, params.directions);
	const baseline = columnBounds(columns);
	return {
		tree,
		params,
		unit,
		nUnits: columns[0]?.length ?? 0,
		mode: settings.mode,
		dirs,
		baseline,
		columns: projectField(columns, dirs, unit, settings.growth),
		current: Float64Array.from(columns, (col) => col[unit]),
		best: Float64Array.from(dirs, (d, p) => (d === 1 ? baseline.max[p] : baseline.min[p]))
	};
}

/** True when `a` is better than `b` on an indicator of direction `dir`. */
export function isBetter(a: number, b: number, dir: number): boolean {
	return dir === 1 ? a > b : a < b;
}

/** Width of the baseline range of indicator `p` (0 or NaN: the indicator cannot be normalised). */
export function baselineRange(field: Field, p: number): number {
	return field.baseline.max[p] - field.baseline.min[p];
}
