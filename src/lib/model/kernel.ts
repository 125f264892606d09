// Typed-array computation of the whole index (min-max, weighted arithmetic means, missing skipped;
// or any method settings). The fast path for large unit sets and the oracle the HyperFormula workbook
// is tested against: every operation is done in the same order as the generated formulas.
import { isDefaultMethod, type MethodSettings } from './method';
import { aggregator } from './methods/aggregate';
import { normaliser } from './methods/normalise';
import { planMethod, type AggregatePlan, type MethodPlan } from './methods/plan';
import { stageBuffers, treatedColumn, type MethodInputs } from './methods/prepare';
import type { TreatmentOutcome } from './methods/treat';
import type { Tree } from './tree';

export type { MethodInputs };

export interface KernelParams {
	/** Per node (tree order): relative weight within the parent. */
	weights: Float64Array;
	/** Per node (tree order): 1 or -1; read on indicators only. */
	directions: Int8Array;
	/** Method settings; absent = the published PII method (min-max 0–100, arithmetic means). */
	method?: MethodSettings;
	/** Denominator columns and unit groups the method reads. */
	inputs?: MethodInputs;
}

export interface KernelScores {
	nUnits: number;
	/** Per indicator position: minimum and maximum over the units (NaN when no value). */
	min: Float64Array;
	max: Float64Array;
	/** Per node (tree order): score of every unit; NaN = missing. Indicators hold normalised scores. */
	scores: Float64Array[];
	/** Per indicator position: what the outlier treatment did (kind 'none' without a method). */
	treatment: TreatmentOutcome[];
}

const UNTREATED: TreatmentOutcome = { kind: 'none' };

/** Create a kernel for a tree and unit count; buffers are reused across `compute` calls. */
export function createKernel(tree: Tree, nUnits: number) {
	const nInd = tree.indicators.length;
	const out: KernelScores = {
		nUnits,
		min: new Float64Array(nInd),
		max: new Float64Array(nInd),
		scores: tree.nodes.map(() => new Float64Array(nUnits)),
		treatment: tree.indicators.map(() => UNTREATED)
	};
	const withMethod = methodRunner(tree, nUnits, out);
	const compute = (columns: Float64Array[], params: KernelParams): KernelScores => {
		if (params.method && withMethod(columns, params, params.method)) return out;
		out.treatment.fill(UNTREATED);
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

/** The computation under method settings: stages per column, then each aggregate's own mean. */
function methodRunner(tree: Tree, nUnits: number, out: KernelScores) {
	const buffers = stageBuffers(nUnits);
	const children = tree.nodes.map((_, a) => tree.children[a].map((k) => out.scores[k]));
	const childWeights = tree.nodes.map((_, a) => new Float64Array(tree.children[a].length));
	let cache: { method: MethodSettings; plan: MethodPlan; published: boolean } | null = null;
	/** Runs the method; false for the published method (the plain path computes it, same bits). */
	return (columns: Float64Array[], params: KernelParams, method: MethodSettings): boolean => {
		if (cache?.method !== method)
			cache = { method, plan: planMethod(tree, method), published: isDefaultMethod(method) };
		const { plan } = cache;
		if (cache.published) return false;
		tree.indicators.forEach((node, p) => {
			const ind = plan.indicators[p];
			const { values, outcome } = treatedColumn(
				ind,
				plan.treatment,
				columns[p],
				params.inputs,
				buffers,
				nUnits
			);
			out.treatment[p] = outcome;
			const bounds = normaliser(ind.normalisation)(
				values,
				{ direction: params.directions[node], range: plan.range, goalposts: ind.goalposts },
				out.scores[node],
				nUnits
			);
			out.min[p] = bounds.min;
			out.max[p] = bounds.max;
		});
		for (const a of tree.aggregates) {
			const { method: mean, minCount } = plan.aggregates[a] as AggregatePlan;
			const weights = childWeights[a];
			tree.children[a].forEach((k, j) => (weights[j] = params.weights[k]));
			aggregator(mean)({ children: children[a], weights, minCount }, out.scores[a], nUnits);
		}
		return true;
	};
}

/** Weights and directions as declared in the framework, in tree order. */
export function frameworkParams(tree: Tree): KernelParams {
	return {
		weights: Float64Array.from(tree.nodes, (n) => n.weight),
		directions: Int8Array.from(tree.nodes, (n) => n.direction)
	};
}
