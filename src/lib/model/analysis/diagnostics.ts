// Statistical diagnostics of the indicators (COINr/JRC audit style): descriptive statistics with
// Excel's SKEW and KURT, the outlier flag, correlations with the parent pillar and of pillars with
// the index, Cronbach's alpha per pillar, and the indicator correlation matrix.
import { momentsOf } from '../methods/moments';
import type { Tree } from '../tree';
import { percentileOf } from './uncertainty';

export interface IndicatorStats {
	n: number;
	min: number;
	max: number;
	mean: number;
	median: number;
	sd: number;
	skew: number;
	kurt: number;
	/** Share (0–1) of units without a value. */
	missing: number;
	/** |skewness| > limit and kurtosis > limit (the GII rule; defaults 2.25 and 3.5). */
	flagged: boolean;
}

export function indicatorStats(x: ArrayLike<number>, skewLimit = 2.25, kurtLimit = 3.5) {
	const values = Array.from(x).filter((v) => v === v);
	values.sort((a, b) => a - b);
	const m = momentsOf(x);
	return {
		n: m.n,
		min: values.length ? values[0] : NaN,
		max: values.length ? values[values.length - 1] : NaN,
		mean: m.mean,
		median: percentileOf(values, 0.5),
		sd: m.sd,
		skew: m.skew,
		kurt: m.kurt,
		missing: x.length ? (x.length - values.length) / x.length : 0,
		flagged: Math.abs(m.skew) > skewLimit && m.kurt > kurtLimit
	} satisfies IndicatorStats;
}

/** Pearson correlation over the units where both have a value; NaN below 2 or without spread. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
	let n = 0;
	let sx = 0;
	let sy = 0;
	for (let u = 0; u < x.length; u++)
		if (x[u] === x[u] && y[u] === y[u]) {
			n++;
			sx += x[u];
			sy += y[u];
		}
	if (n < 2) return NaN;
	const mx = sx / n;
	const my = sy / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let u = 0; u < x.length; u++)
		if (x[u] === x[u] && y[u] === y[u]) {
			sxy += (x[u] - mx) * (y[u] - my);
			sxx += (x[u] - mx) ** 2;
			syy += (y[u] - my) ** 2;
		}
	return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}

function sampleVariance(x: number[]): number {
	const mean = x.reduce((a, b) => a + b, 0) / x.length;
	return x.reduce((a, b) => a + (b - mean) ** 2, 0) / (x.length - 1);
}

/**
 * Cronbach's alpha of items (one array per item) over the units where every item has a value:
 * k/(k−1)·(1 − Σ var(itemᵢ) / var(Σ items)). NaN with fewer than 2 items or 2 complete units.
 */
export function cronbachAlpha(items: ArrayLike<number>[]): number {
	const k = items.length;
	if (k < 2) return NaN;
	const units: number[] = [];
	for (let u = 0; u < items[0].length; u++) if (items.every((it) => it[u] === it[u])) units.push(u);
	if (units.length < 2) return NaN;
	const itemVar = items.reduce((s, it) => s + sampleVariance(units.map((u) => it[u])), 0);
	const totalVar = sampleVariance(units.map((u) => items.reduce((s, it) => s + it[u], 0)));
	return totalVar > 0 ? (k / (k - 1)) * (1 - itemVar / totalVar) : NaN;
}

/** The pillar level: 3 where the tree has it, else the level just below the root. */
export function pillarLevel(tree: Tree): number {
	const top = tree.nodes[tree.root].level;
	return tree.levels.includes(3) && top > 3 ? 3 : Math.max(1, top - 1);
}

/** The ancestor of a node at a level (the node itself when it is at that level), or -1. */
export function ancestorAt(tree: Tree, node: number, level: number): number {
	let n = node;
	while (n >= 0 && tree.nodes[n].level < level) n = tree.parent[n];
	return n >= 0 && tree.nodes[n].level === level ? n : -1;
}

/** Indicators under an aggregate, in tree order. */
export function indicatorsUnder(tree: Tree, node: number): number[] {
	return tree.indicators.filter((i) => {
		for (let n = i; n >= 0; n = tree.parent[n]) if (n === node) return true;
		return false;
	});
}

/** Correlation matrix (symmetric, 1 on the diagonal where defined) of the given series. */
export function correlationMatrix(series: ArrayLike<number>[]): Float64Array[] {
	const m = series.map(() => new Float64Array(series.length));
	for (let i = 0; i < series.length; i++)
		for (let j = i; j < series.length; j++) {
			const r =
				i === j ? (pearson(series[i], series[i]) === 1 ? 1 : NaN) : pearson(series[i], series[j]);
			m[i][j] = r;
			m[j][i] = r;
		}
	return m;
}
