// Re-basing a 63-province dataset onto the 34 merged units: each indicator combined by its declared
// rule (sum, or weighted mean by population or enterprises); indicators that cannot be combined —
// and, on request, the approximate ones — are left missing for every unit so all stay comparable.
import type { Dataset, Unit } from '../types';
import type { MergedUnitDef, MergeRule, UnitWeights } from './merge-files';

export interface MergeOptions {
	/** Use the approximate rules (stand-in weights, survey scores); default true. */
	includeApproximate: boolean;
}

export interface IndicatorMerge {
	rule: MergeRule;
	/** Whether the indicator enters the merged dataset. */
	used: boolean;
	/** Merged unit codes left missing (a part without a value or without a weight). */
	missing: string[];
}

export interface MergeOutcome {
	dataset: Dataset;
	indicators: IndicatorMerge[];
	/** Old codes named by the merge table but absent from the dataset. */
	unknownCodes: string[];
}

/** One merged value from its parts, or NaN when a part lacks a value or a weight. */
export function combine(values: number[], weights: number[], rule: MergeRule): number {
	if (values.some((x) => Number.isNaN(x))) return NaN;
	if (values.length === 1) return values[0];
	if (rule.rule === 'sum') return values.reduce((a, b) => a + b, 0);
	if (rule.rule !== 'weighted_mean') return NaN;
	if (weights.some((w) => !(w > 0))) return NaN;
	let num = 0;
	let den = 0;
	values.forEach((x, i) => {
		num += x * weights[i];
		den += weights[i];
	});
	return num / den;
}

export function mergeDataset(
	dataset: Dataset,
	units: readonly MergedUnitDef[],
	rules: readonly MergeRule[],
	weights: ReadonlyMap<string, UnitWeights>,
	options: MergeOptions = { includeApproximate: true }
): MergeOutcome {
	const row = new Map(dataset.units.map((u, i) => [u.code, i]));
	const m = dataset.indicators.length;
	const ruleOf = new Map(rules.map((r) => [r.code, r]));
	const unknownCodes = units.flatMap((u) => u.from.filter((c) => !row.has(c)));
	const values = new Float64Array(units.length * m).fill(NaN);
	const indicators: IndicatorMerge[] = dataset.indicators.map((code, k) => {
		const rule = ruleOf.get(code) ?? {
			code,
			rule: 'not_combinable',
			basis: null,
			quality: null,
			noteVi: '',
			noteEn: ''
		};
		const used =
			rule.rule !== 'not_combinable' && (rule.quality === 'exact' || options.includeApproximate);
		const missing: string[] = [];
		if (used)
			units.forEach((unit, j) => {
				const parts = unit.from.map((c) => row.get(c));
				const x = parts.map((i) => (i === undefined ? NaN : dataset.values[i * m + k]));
				const w = unit.from.map((c) => (rule.basis ? (weights.get(c)?.[rule.basis] ?? NaN) : 1));
				const v = combine(x, w, rule);
				values[j * m + k] = v;
				if (Number.isNaN(v)) missing.push(unit.code);
			});
		return { rule, used, missing };
	});
	const merged: Unit[] = units.map((u) => {
		const seat = dataset.units[row.get(u.code) ?? row.get(u.from[0]) ?? -1];
		return {
			code: u.code,
			name: u.nameVi || u.code,
			...(seat?.region ? { region: seat.region } : {})
		};
	});
	return {
		dataset: { units: merged, indicators: [...dataset.indicators], values },
		indicators,
		unknownCodes
	};
}
