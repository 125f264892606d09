// The uncertain choices of an uncertainty analysis and the method each combination of them gives:
// normalisation, aggregation (every level), outlier treatment on/off, imputation on/off.
import {
	cloneMethod,
	type AggregationMethod,
	type MethodSettings,
	type NormalisationMethod
} from '../method';
import { aggregationRefusals } from '../methods/check';
import { withRange } from '../methods/edit';
import type { Tree } from '../tree';

export interface UncertaintySpec {
	/** Aggregate level (as text) or '1' for indicators → ±f uniform multiplicative weight noise. */
	weightNoise: Record<string, number>;
	/** Normalisations drawn among (one = fixed at it; empty = the base method's). */
	normalisations: NormalisationMethod[];
	/** Aggregations drawn among, applied at every level (empty = the base method's). */
	aggregations: AggregationMethod[];
	/** Draw outlier treatment on (winsorise, the base constants) or off. */
	treatment: boolean;
	/** Draw imputation on (indicator mean) or off. */
	imputation: boolean;
}

/** The choices of one combination (indices into the spec's lists; −1 = the base method's). */
export interface Choice {
	normalisation: number;
	aggregation: number;
	treatment: boolean | null;
	imputation: boolean | null;
}

/** ±f on every level of the tree below the root. */
export function uniformNoise(tree: Tree, f: number): Record<string, number> {
	const levels = new Set(tree.nodes.slice(1).map((n) => String(n.level)));
	return Object.fromEntries([...levels].map((l) => [l, f]));
}

/** The base method with one combination of choices applied (overrides of varied stages cleared). */
export function variantMethod(
	base: MethodSettings,
	spec: UncertaintySpec,
	choice: Choice
): MethodSettings {
	const m = cloneMethod(base);
	if (choice.normalisation >= 0) {
		m.normalisation.method = spec.normalisations[choice.normalisation];
		m.normalisation.overrides = {};
	}
	if (choice.aggregation >= 0) {
		m.aggregation.method = spec.aggregations[choice.aggregation];
		m.aggregation.levels = {};
	}
	if (choice.treatment !== null) {
		m.treatment.method = choice.treatment ? 'winsorise' : 'none';
		m.treatment.overrides = {};
	}
	if (choice.imputation !== null) {
		m.imputation.method = choice.imputation ? 'mean' : 'none';
		m.imputation.overrides = {};
	}
	return m;
}

/**
 * The method actually run for a combination: geometric and harmonic means read min-max scores on
 * the 1–100 scale (so the lowest province does not zero its group); null when no scale makes the
 * mean work (z-scores can be negative).
 */
export function workableMethod(tree: Tree, method: MethodSettings): MethodSettings | null {
	const { aggregation, normalisation } = method;
	const means = [aggregation.method, ...Object.values(aggregation.levels)];
	const positive = means.some((m) => m !== 'arithmetic') && normalisation.range[0] <= 0;
	const scaled = positive ? withRange(method, [1, Math.max(100, normalisation.range[1])]) : method;
	return aggregationRefusals(tree, scaled).length === 0 ? scaled : null;
}

/** Every combination of the spec's discrete choices, in a fixed order. */
export function allChoices(spec: UncertaintySpec): Choice[] {
	const norms = spec.normalisations.length ? spec.normalisations.map((_, i) => i) : [-1];
	const aggs = spec.aggregations.length ? spec.aggregations.map((_, i) => i) : [-1];
	const treat = spec.treatment ? [false, true] : [null];
	const imput = spec.imputation ? [false, true] : [null];
	return norms.flatMap((normalisation) =>
		aggs.flatMap((aggregation) =>
			treat.flatMap((treatment) =>
				imput.map((imputation) => ({ normalisation, aggregation, treatment, imputation }))
			)
		)
	);
}

/** Combinations no scale can compute (named by their normalisation and aggregation). */
export function unworkableChoices(tree: Tree, base: MethodSettings, spec: UncertaintySpec) {
	return allChoices(spec).filter((c) => !workableMethod(tree, variantMethod(base, spec, c)));
}
