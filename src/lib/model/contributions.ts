// Exact decomposition of a score into indicator contributions: effective weight × normalised score,
// with each unit's own renormalisation over the children it has, so contributions sum to the score.
import type { Tree } from './tree';

/**
 * Effective weight of every indicator (by indicator position) in `node`'s score for unit `u`.
 * Missing children get 0 and their siblings share the parent's weight, as the aggregation does.
 */
export function unitEffectiveWeights(
	tree: Tree,
	weights: ArrayLike<number>,
	scores: Float64Array[],
	u: number,
	node: number = tree.root
): Float64Array {
	const eff = new Float64Array(tree.indicators.length);
	const visit = (i: number, share: number) => {
		const kids = tree.children[i];
		if (kids.length === 0) {
			eff[tree.indicatorPos[i]] = share;
			return;
		}
		let sum = 0;
		for (const k of kids) if (!Number.isNaN(scores[k][u])) sum += weights[k];
		if (sum === 0) return;
		for (const k of kids) if (!Number.isNaN(scores[k][u])) visit(k, (share * weights[k]) / sum);
	};
	if (!Number.isNaN(scores[node][u])) visit(node, 1);
	return eff;
}

export interface Contribution {
	/** Indicator position. */
	indicator: number;
	weight: number;
	score: number;
	/** weight × score (0 for a missing indicator). */
	value: number;
}

/** Contributions of each indicator below `node` to unit `u`'s score of that node. */
export function contributions(
	tree: Tree,
	weights: ArrayLike<number>,
	scores: Float64Array[],
	u: number,
	node: number = tree.root
): Contribution[] {
	const eff = unitEffectiveWeights(tree, weights, scores, u, node);
	return descendantIndicators(tree, node).map((p) => {
		const score = scores[tree.indicators[p]][u];
		return { indicator: p, weight: eff[p], score, value: eff[p] > 0 ? eff[p] * score : 0 };
	});
}

/** Indicator positions under a node, in tree order. */
export function descendantIndicators(tree: Tree, node: number): number[] {
	const out: number[] = [];
	const visit = (i: number) => {
		if (tree.children[i].length === 0) out.push(tree.indicatorPos[i]);
		else tree.children[i].forEach(visit);
	};
	visit(node);
	return out;
}

export interface GapPart {
	indicator: number;
	/** Contribution to unit a minus contribution to unit b. */
	value: number;
}

/** The gap score(a) − score(b) of a node as indicator parts, largest absolute part first. */
export function decomposeGap(
	tree: Tree,
	weights: ArrayLike<number>,
	scores: Float64Array[],
	a: number,
	b: number,
	node: number = tree.root
): GapPart[] {
	const ca = contributions(tree, weights, scores, a, node);
	const cb = contributions(tree, weights, scores, b, node);
	return ca
		.map((c, k) => ({ indicator: c.indicator, value: c.value - cb[k].value }))
		.sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
}
