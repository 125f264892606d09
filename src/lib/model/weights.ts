// Views of the weights for editing: sibling groups per level, shares within the parent, effective
// weights in the final score, differences from the official (framework) weights and their reset.
import { formatNumber, type Locale } from '../i18n/numbers';
import { effectiveWeights, type Tree } from './tree';

export interface WeightGroup {
	parent: number;
	/** Node indices of the siblings at the group's level, in tree order. */
	children: number[];
}

export interface WeightEdit {
	node: number;
	weight: number;
}

/** Levels that carry a weight (every node but the root), from the top of the tree down. */
export function weightLevels(tree: Tree): number[] {
	const levels = new Set(tree.nodes.filter((_, i) => i !== tree.root).map((n) => n.level));
	return [...levels].sort((a, b) => b - a);
}

/** Nodes at `level`, grouped under their parent, groups in tree order. */
export function weightGroups(tree: Tree, level: number): WeightGroup[] {
	const groups = new Map<number, number[]>();
	tree.nodes.forEach((n, i) => {
		if (i === tree.root || n.level !== level) return;
		const p = tree.parent[i];
		groups.set(p, [...(groups.get(p) ?? []), i]);
	});
	return [...groups].map(([parent, children]) => ({ parent, children }));
}

/**
 * Weights as the aggregation uses them on complete data: an aggregate whose children all weigh 0
 * has no score, so it counts as weight 0 and its siblings share its parent.
 */
export function activeWeights(tree: Tree, weights: ArrayLike<number>): Float64Array {
	const active = Float64Array.from(weights);
	for (let i = tree.nodes.length - 1; i >= 0; i--) {
		const kids = tree.children[i];
		if (kids.length && kids.every((k) => !(active[k] > 0))) active[i] = 0;
	}
	return active;
}

/** Share of each node within its parent (1 for the root); NaN when no sibling weighs anything. */
export function parentShares(tree: Tree, weights: ArrayLike<number>): Float64Array {
	const active = activeWeights(tree, weights);
	const shares = new Float64Array(tree.nodes.length).fill(NaN);
	shares[tree.root] = 1;
	tree.children.forEach((kids) => {
		let sum = 0;
		for (const k of kids) sum += active[k];
		for (const k of kids) shares[k] = sum > 0 ? active[k] / sum : NaN;
	});
	return shares;
}

/** Weight of every node in the root's score on complete data; indicators sum to 1. */
export function finalWeights(tree: Tree, weights: ArrayLike<number>): Float64Array {
	return effectiveWeights(tree, activeWeights(tree, weights));
}

/** The weights of the framework as loaded (tree order). */
export function officialWeights(tree: Tree): Float64Array {
	return Float64Array.from(tree.nodes, (n) => n.weight);
}

export function sameWeight(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Nodes whose weight differs from the official one, in tree order. */
export function changedNodes(tree: Tree, weights: ArrayLike<number>): number[] {
	return tree.nodes.flatMap((n, i) => (sameWeight(weights[i], n.weight) ? [] : [i]));
}

/** The edits that bring every changed weight back to its official value. */
export function resetEdits(tree: Tree, weights: ArrayLike<number>): WeightEdit[] {
	return changedNodes(tree, weights).map((node) => ({ node, weight: tree.nodes[node].weight }));
}

export interface EffectiveRow {
	node: number;
	/** Position among the indicators (tree order). */
	position: number;
	effective: number;
	official: number;
	/** effective − official. */
	delta: number;
}

/** One row per indicator: its weight in the root's score now and with the official weights. */
export function effectiveRows(tree: Tree, weights: ArrayLike<number>): EffectiveRow[] {
	const now = finalWeights(tree, weights);
	const official = finalWeights(tree, officialWeights(tree));
	return tree.indicators.map((node, position) => ({
		node,
		position,
		effective: now[node],
		official: official[node],
		delta: now[node] - official[node]
	}));
}

export type EffectiveSort = 'position' | 'effective' | 'delta';

/** Rows sorted by a column; ties keep tree order. */
export function sortEffective(
	rows: EffectiveRow[],
	key: EffectiveSort,
	descending: boolean
): EffectiveRow[] {
	const sign = descending ? -1 : 1;
	return [...rows].sort((a, b) => sign * (a[key] - b[key]) || a.position - b.position);
}

/** A share (0–1) as a percentage in the UI locale: 0.125 → "12,5%" (vi); NaN → "–". */
export function formatShare(share: number, locale: Locale, digits = 1): string {
	return Number.isFinite(share) ? `${formatNumber(share * 100, locale, digits)}%` : '–';
}

/** A change of share in percentage points, signed: +0.5 → "+0,50" (vi); 0 → "0,00". */
export function formatShareDelta(delta: number, locale: Locale, digits = 2): string {
	const text = formatNumber(Math.abs(delta * 100), locale, digits);
	const zero = formatNumber(0, locale, digits);
	if (text === zero) return zero;
	return `${delta > 0 ? '+' : '−'}${text}`;
}
