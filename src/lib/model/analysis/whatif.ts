// What-if removal: each chosen element (indicator, sub-pillar, pillar…) left out in turn — its
// weight set to 0 so its siblings are renormalised — and how far the ranks move, overall and per unit.
import { createKernel, type KernelParams } from '../kernel';
import { competitionRanks } from '../rank';
import type { Tree } from '../tree';

export interface WhatIfRow {
	/** Node (tree index) left out. */
	node: number;
	/** Mean absolute rank change over the units ranked both times. */
	meanAbs: number;
	/** Largest absolute rank change. */
	maxAbs: number;
	/** Per unit: places gained without the element (positive = up; 0 when unranked either time). */
	change: Int32Array;
}

export interface WhatIfResult {
	nominal: Int32Array;
	rows: WhatIfRow[];
}

/** Rank change per unit from `before` to `after` (positive = moved up), 0 where either is unranked. */
export function rankChanges(before: ArrayLike<number>, after: ArrayLike<number>): Int32Array {
	const out = new Int32Array(before.length);
	for (let u = 0; u < before.length; u++)
		out[u] = before[u] > 0 && after[u] > 0 ? before[u] - after[u] : 0;
	return out;
}

/** Leave out each of `nodes` in turn, on one kernel under the current method and weights. */
export function whatIf(
	tree: Tree,
	columns: Float64Array[],
	params: KernelParams,
	nodes: readonly number[]
): WhatIfResult {
	const kernel = createKernel(tree, columns[0]?.length ?? 0);
	const rootRanks = (p: KernelParams) =>
		competitionRanks(kernel.compute(columns, p).scores[tree.root]);
	const nominal = rootRanks(params);
	const weights = Float64Array.from(params.weights);
	const rows = nodes.map((node) => {
		weights.set(params.weights);
		weights[node] = 0;
		const ranks = rootRanks({ ...params, weights });
		const change = rankChanges(nominal, ranks);
		let sum = 0;
		let count = 0;
		let maxAbs = 0;
		for (let u = 0; u < change.length; u++)
			if (nominal[u] > 0 && ranks[u] > 0) {
				const d = Math.abs(change[u]);
				sum += d;
				count++;
				if (d > maxAbs) maxAbs = d;
			}
		return { node, meanAbs: count ? sum / count : 0, maxAbs, change };
	});
	return { nominal, rows };
}

/** Elements of one level (1 = indicators), in tree order. */
export function nodesAtLevel(tree: Tree, level: number): number[] {
	return tree.nodes.flatMap((n, i) => (n.level === level && i !== tree.root ? [i] : []));
}
