// Typed-array computation of the whole index (min-max, weighted arithmetic means, missing skipped).
// The fast path for large unit sets and the oracle the HyperFormula workbook is tested against:
// every operation is done in the same order as the generated formulas, so results agree bit for bit.
import type { Tree } from './tree';

export interface KernelParams {
	/** Per node (tree order): relative weight within the parent. */
	weights: Float64Array;
	/** Per node (tree order): 1 or -1; read on indicators only. */
	directions: Int8Array;
}

export interface KernelScores {
	nUnits: number;
	/** Per indicator position: minimum and maximum over the units (NaN when no value). */
	min: Float64Array;
	max: Float64Array;
	/** Per node (tree order): score of every unit; NaN = missing. Indicators hold normalised scores. */
	scores: Float64Array[];
}

/** Create a kernel for a tree and unit count; buffers are reused across `compute` calls. */
export function createKernel(tree: Tree, nUnits: number) {
	const nInd = tree.indicators.length;
	const out: KernelScores = {
		nUnits,
		min: new Float64Array(nInd),
		max: new Float64Array(nInd),
		scores: tree.nodes.map(() => new Float64Array(nUnits))
	};
	const compute = (columns: Float64Array[], params: KernelParams): KernelScores => {
		for (let p = 0; p < nInd; p++)
			normaliseColumn(p, columns[p], params.directions[tree.indicators[p]]);
		for (const a of tree.aggregates) aggregate(a, params.weights);
		return out;
	};
	function normaliseColumn(p: number, col: Float64Array, direction: number) {
		let min = Infinity;
		let max = -Infinity;
		for (let u = 0; u < nUnits; u++) {
			const x = col[u];
			if (x < min) min = x;
			if (x > max) max = x;
		}
		const target = out.scores[tree.indicators[p]];
		out.min[p] = min === Infinity ? NaN : min;
		out.max[p] = max === -Infinity ? NaN : max;
		if (!(max > min)) {
			target.fill(NaN);
			return;
		}
		const range = max - min;
		for (let u = 0; u < nUnits; u++) {
			const x = col[u];
			target[u] = direction === -1 ? (100 * (max - x)) / range : (100 * (x - min)) / range;
		}
	}
	function aggregate(a: number, weights: Float64Array) {
		const kids = tree.children[a];
		const target = out.scores[a];
		const m = kids.length;
		for (let u = 0; u < nUnits; u++) {
			let num = 0;
			let den = 0;
			for (let j = 0; j < m; j++) {
				const k = kids[j];
				const s = out.scores[k][u];
				const w = weights[k];
				if (s === s) {
					num += s * w;
					den += w;
				}
			}
			target[u] = den === 0 ? NaN : num / den;
		}
	}
	return { compute, scores: out };
}

/** Weights and directions as declared in the framework, in tree order. */
export function frameworkParams(tree: Tree): KernelParams {
	return {
		weights: Float64Array.from(tree.nodes, (n) => n.weight),
		directions: Int8Array.from(tree.nodes, (n) => n.direction)
	};
}
