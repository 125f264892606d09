// Views for explaining a score: children with their weight shares, indicator bounds, waterfall
// steps and gap rows. Built on the exact decomposition in contributions.ts; no scores computed here.
import { contributions, decomposeGap } from './contributions';
import type { Tree } from './tree';

export interface ChildShare {
	/** Tree index of the child. */
	node: number;
	weight: number;
	/** Weight over the sum of all siblings' weights (as the framework sets it). */
	relative: number;
	/** Weight over the sum of the present siblings' weights (0 when missing): what the score uses. */
	share: number;
	value: number;
	present: boolean;
}

/** Children of `node` for unit `u` with their relative and renormalised weights and values. */
export function childShares(
	tree: Tree,
	weights: ArrayLike<number>,
	scores: Float64Array[],
	u: number,
	node: number
): ChildShare[] {
	const kids = tree.children[node];
	const present = (k: number) => !Number.isNaN(scores[k][u]);
	let all = 0;
	let used = 0;
	for (const k of kids) {
		all += weights[k];
		if (present(k)) used += weights[k];
	}
	return kids.map((k) => ({
		node: k,
		weight: weights[k],
		relative: all > 0 ? weights[k] / all : 0,
		share: present(k) && used > 0 ? weights[k] / used : 0,
		value: scores[k][u],
		present: present(k)
	}));
}

export interface ColumnBounds {
	min: number;
	max: number;
	/** Units holding the minimum / maximum. */
	minUnits: number[];
	maxUnits: number[];
}

/** Lowest and highest value of a raw data column (missing values ignored) and who holds them. */
export function columnBounds(column: ArrayLike<number>): ColumnBounds {
	let min = Infinity;
	let max = -Infinity;
	for (let u = 0; u < column.length; u++) {
		const x = column[u];
		if (Number.isNaN(x)) continue;
		if (x < min) min = x;
		if (x > max) max = x;
	}
	if (min > max) return { min: NaN, max: NaN, minUnits: [], maxUnits: [] };
	const holders = (v: number) =>
		Array.from(column, (x, u) => (x === v ? u : -1)).filter((u) => u >= 0);
	return { min, max, minUnits: holders(min), maxUnits: holders(max) };
}

export interface Part {
	/** Indicator position. */
	indicator: number;
	value: number;
}

export interface ShownParts {
	shown: Part[];
	/** Parts folded into one "others" entry (empty when everything is shown). */
	rest: Part[];
	/** Sum of the folded parts. */
	restValue: number;
}

/** The first `top` parts shown one by one; the rest folded into "others" when more than one remains. */
export function foldParts(parts: Part[], top = 15): ShownParts {
	if (parts.length <= top + 1) return { shown: parts, rest: [], restValue: 0 };
	const rest = parts.slice(top);
	return { shown: parts.slice(0, top), rest, restValue: rest.reduce((s, p) => s + p.value, 0) };
}

export interface WaterfallStep {
	/** Indicator position, or -1 for "others". */
	indicator: number;
	/** How many indicators the step stands for (1, or the size of "others"). */
	count: number;
	value: number;
	start: number;
	end: number;
}

/** Waterfall steps, largest part first, accumulating from 0; the last end is the sum of all parts. */
export function waterfallSteps(parts: Part[], top = 15): WaterfallStep[] {
	const sorted = [...parts].sort((a, b) => b.value - a.value || a.indicator - b.indicator);
	const { shown, rest, restValue } = foldParts(sorted, top);
	const items = shown.map((p) => ({ indicator: p.indicator, count: 1, value: p.value }));
	if (rest.length) items.push({ indicator: -1, count: rest.length, value: restValue });
	let at = 0;
	return items.map((it) => {
		const start = at;
		at += it.value;
		return { ...it, start, end: at };
	});
}

export interface GapRow {
	indicator: number;
	/** Contribution to unit a's and unit b's score, and a − b. */
	a: number;
	b: number;
	diff: number;
}

/** Indicator rows of the gap score(a) − score(b) of `node`, largest absolute difference first. */
export function gapRows(
	tree: Tree,
	weights: ArrayLike<number>,
	scores: Float64Array[],
	a: number,
	b: number,
	node: number
): GapRow[] {
	const ca = new Map(contributions(tree, weights, scores, a, node).map((c) => [c.indicator, c]));
	const cb = new Map(contributions(tree, weights, scores, b, node).map((c) => [c.indicator, c]));
	return decomposeGap(tree, weights, scores, a, b, node).map((p) => ({
		indicator: p.indicator,
		a: ca.get(p.indicator)?.value ?? 0,
		b: cb.get(p.indicator)?.value ?? 0,
		diff: p.value
	}));
}

/** Sum of values, as shown in totals. */
export function total(values: number[]): number {
	return values.reduce((s, x) => s + x, 0);
}
