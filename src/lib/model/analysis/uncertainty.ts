// Monte Carlo uncertainty analysis of the ranks: each run draws weight noise and a combination of
// method choices, computes the index on one reused kernel per combination, and keeps the ranks.
// Results: nominal, median, 5th and 95th percentile rank per unit; optionally Sobol indices.
import { createKernel, type MethodInputs } from '../kernel';
import type { MethodSettings } from '../method';
import { competitionRanks } from '../rank';
import type { Tree } from '../tree';
import type { SensitivityIndices } from './sensitivity';
import { allChoices, variantMethod, workableMethod, type UncertaintySpec } from './variants';

export type { UncertaintySpec };

export interface UncertaintyInput {
	tree: Tree;
	columns: Float64Array[];
	weights: Float64Array;
	directions: Int8Array;
	method: MethodSettings;
	inputs?: MethodInputs;
}

export type FactorName = 'weights' | 'normalisation' | 'aggregation' | 'treatment' | 'imputation';

export interface Factor {
	name: FactorName;
	/** Positions in a run's vector of uniform draws. */
	dims: number[];
}

export interface UncertaintyOptions {
	runs: number;
	seed: number;
	/** Also estimate Sobol indices: `runs` rows of A and B, plus one A_B row per factor. */
	sensitivity?: boolean;
}

export interface UncertaintyResult {
	/** Model evaluations done. */
	evaluations: number;
	/** Runs the rank statistics come from. */
	runs: number;
	nominal: Int32Array;
	/** Per unit (0 = never ranked). */
	median: Float64Array;
	p05: Float64Array;
	p95: Float64Array;
	/** Mean over runs of the mean absolute rank shift from the nominal ranks. */
	meanShift: number;
	factors: FactorName[];
	/** On the mean absolute rank shift, and pooled over every unit's rank. */
	sensitivity?: { shift: SensitivityIndices; ranks: SensitivityIndices };
}

/** The index as a function of a vector of uniform draws → ranks. */
export function uncertaintyModel(input: UncertaintyInput, spec: UncertaintySpec) {
	const { tree, columns } = input;
	const nUnits = columns[0]?.length ?? 0;
	const noisy: { node: number; f: number }[] = [];
	tree.nodes.forEach((n, i) => {
		const f = spec.weightNoise[String(n.level)] ?? 0;
		if (i !== tree.root && f > 0) noisy.push({ node: i, f });
	});
	const factors: Factor[] = [];
	let dims = 0;
	const add = (name: FactorName, count: number) => {
		factors.push({ name, dims: Array.from({ length: count }, (_, k) => dims + k) });
		dims += count;
	};
	if (noisy.length) add('weights', noisy.length);
	if (spec.normalisations.length > 1) add('normalisation', 1);
	if (spec.aggregations.length > 1) add('aggregation', 1);
	if (spec.treatment) add('treatment', 1);
	if (spec.imputation) add('imputation', 1);
	const dimOf = (name: FactorName) => factors.find((f) => f.name === name)?.dims[0] ?? -1;
	const [dNorm, dAgg, dTreat, dImp] = (
		['normalisation', 'aggregation', 'treatment', 'imputation'] as const
	).map(dimOf);

	type Variant = { compute: ReturnType<typeof createKernel>['compute']; method: MethodSettings };
	const kernels = new Map<string, Variant>();
	const kernelFor = (key: string, method: MethodSettings) => {
		let k = kernels.get(key);
		if (!k) {
			const workable = workableMethod(tree, method);
			if (!workable) throw new Error(`unworkable method combination ${key}`);
			k = { compute: createKernel(tree, nUnits).compute, method: workable };
			kernels.set(key, k);
		}
		return k;
	};
	for (const c of allChoices(spec))
		kernelFor(JSON.stringify(c), variantMethod(input.method, spec, c));
	const weights = Float64Array.from(input.weights);
	const params = { weights, directions: input.directions, inputs: input.inputs };
	const pick = (u: Float64Array, d: number, n: number) =>
		d < 0 ? 0 : Math.min(n - 1, Math.floor(u[d] * n));
	const flag = (u: Float64Array, d: number) => (d < 0 ? null : u[d] >= 0.5);

	const base = createKernel(tree, nUnits);
	const nominal = competitionRanks(
		base.compute(columns, { ...params, weights: input.weights, method: input.method }).scores[
			tree.root
		]
	);

	/** Ranks of one run into `out`. */
	function evaluate(u: Float64Array, out: Int32Array): void {
		weights.set(input.weights);
		const w = factors[0]?.name === 'weights' ? factors[0].dims : [];
		for (let k = 0; k < w.length; k++) {
			const { node, f } = noisy[k];
			weights[node] = input.weights[node] * (1 + f * (2 * u[w[k]] - 1));
		}
		const choice = {
			normalisation: spec.normalisations.length ? pick(u, dNorm, spec.normalisations.length) : -1,
			aggregation: spec.aggregations.length ? pick(u, dAgg, spec.aggregations.length) : -1,
			treatment: flag(u, dTreat),
			imputation: flag(u, dImp)
		};
		const k = kernels.get(JSON.stringify(choice)) as Variant;
		const scores = k.compute(columns, { ...params, method: k.method }).scores[tree.root];
		out.set(competitionRanks(scores));
	}
	return { factors, dims, nUnits, nominal, evaluate };
}

/** Mean absolute rank shift from the nominal ranks over the units ranked both times. */
export function meanAbsShift(nominal: ArrayLike<number>, ranks: ArrayLike<number>): number {
	let sum = 0;
	let count = 0;
	for (let u = 0; u < nominal.length; u++)
		if (nominal[u] > 0 && ranks[u] > 0) {
			sum += Math.abs(ranks[u] - nominal[u]);
			count++;
		}
	return count ? sum / count : 0;
}

/** Percentile (0–1) of sorted values by linear interpolation (Excel PERCENTILE.INC); NaN if none. */
export function percentileOf(sorted: ArrayLike<number>, p: number): number {
	const n = sorted.length;
	if (n === 0) return NaN;
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(n - 1, lo + 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
