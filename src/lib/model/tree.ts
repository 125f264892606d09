// Compiled framework: nodes in depth-first order, indices for children, indicators and levels.
// Shared by the kernel and the workbook generator so both walk the tree identically.
import type { Framework, FrameworkNode } from './types';

export interface Tree {
	/** Nodes in depth-first order (children in file order). */
	nodes: FrameworkNode[];
	root: number;
	/** Node index → child node indices, in order. */
	children: number[][];
	/** Node index → parent node index (-1 for the root). */
	parent: Int32Array;
	/** Node indices of indicators (leaves), depth-first order; this is the data column order. */
	indicators: number[];
	/** Node index → position among indicators, or -1. */
	indicatorPos: Int32Array;
	/** Aggregate levels present, ascending (2 … root level). */
	levels: number[];
	/** Aggregates per level, depth-first order within the level. */
	aggregatesByLevel: Map<number, number[]>;
	/** All aggregates in evaluation order (level ascending). */
	aggregates: number[];
	/** Node index → position in `aggregates`, or -1. */
	aggregatePos: Int32Array;
	indexOf: Map<string, number>;
}

export function compileTree(framework: Framework): Tree {
	const src = framework.nodes;
	const kidsOf = new Map<string | null, FrameworkNode[]>();
	for (const n of src) kidsOf.set(n.parent, [...(kidsOf.get(n.parent) ?? []), n]);
	const rootNode = (kidsOf.get(null) ?? [])[0];
	if (!rootNode) throw new Error('framework has no root');
	const nodes: FrameworkNode[] = [];
	const visit = (n: FrameworkNode) => {
		nodes.push(n);
		for (const k of kidsOf.get(n.code) ?? []) visit(k);
	};
	visit(rootNode);
	const indexOf = new Map(nodes.map((n, i) => [n.code, i]));
	const parent = new Int32Array(nodes.length).fill(-1);
	const children: number[][] = nodes.map(() => []);
	nodes.forEach((n, i) => {
		if (n.parent !== null) {
			const p = indexOf.get(n.parent) as number;
			parent[i] = p;
			children[p].push(i);
		}
	});
	const indicators: number[] = [];
	const indicatorPos = new Int32Array(nodes.length).fill(-1);
	const aggregatesByLevel = new Map<number, number[]>();
	nodes.forEach((n, i) => {
		if (children[i].length === 0) {
			indicatorPos[i] = indicators.length;
			indicators.push(i);
		} else aggregatesByLevel.set(n.level, [...(aggregatesByLevel.get(n.level) ?? []), i]);
	});
	const levels = [...aggregatesByLevel.keys()].sort((a, b) => a - b);
	const aggregates = levels.flatMap((l) => aggregatesByLevel.get(l) as number[]);
	const aggregatePos = new Int32Array(nodes.length).fill(-1);
	aggregates.forEach((a, p) => (aggregatePos[a] = p));
	return {
		nodes,
		root: 0,
		children,
		parent,
		indicators,
		indicatorPos,
		levels,
		aggregatesByLevel,
		aggregates,
		aggregatePos,
		indexOf
	};
}

/** Weight of every node in the final score: product of renormalised weights on the path to the root. */
export function effectiveWeights(tree: Tree, weights: ArrayLike<number>): Float64Array {
	const eff = new Float64Array(tree.nodes.length);
	eff[tree.root] = 1;
	tree.nodes.forEach((_, i) => {
		const kids = tree.children[i];
		let sum = 0;
		for (const k of kids) sum += weights[k];
		for (const k of kids) eff[k] = sum > 0 ? (eff[i] * weights[k]) / sum : 0;
	});
	return eff;
}
