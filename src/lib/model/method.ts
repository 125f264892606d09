// Method settings: every choice of the computation (denominators, imputation, outlier treatment,
// normalisation, aggregation) as one plain JSON object. The default is the published PII method.

export const IMPUTATION_METHODS = ['none', 'mean', 'group-mean'] as const;
export const TREATMENT_METHODS = ['none', 'winsorise'] as const;
export const NORMALISATION_METHODS = [
	'minmax',
	'goalposts',
	'zscore',
	'rank',
	'percentile'
] as const;
export const AGGREGATION_METHODS = ['arithmetic', 'geometric', 'harmonic'] as const;

export type ImputationMethod = (typeof IMPUTATION_METHODS)[number];
export type TreatmentMethod = (typeof TREATMENT_METHODS)[number];
export type NormalisationMethod = (typeof NORMALISATION_METHODS)[number];
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

/** The outlier rule's constants: fail when |skewness| > skewness AND kurtosis > kurtosis. */
export type TreatmentConstants = {
	skewness: number;
	kurtosis: number;
	/** Most points winsorised before falling back to the log transform. */
	maxPoints: number;
};

/** A type alias (not an interface) so that it is assignable to a plain JSON record. */
export type MethodSettings = {
	/** Indicator code → name of the data column it is divided by. */
	denominators: Record<string, string>;
	imputation: { method: ImputationMethod; overrides: Record<string, ImputationMethod> };
	treatment: TreatmentConstants & {
		method: TreatmentMethod;
		overrides: Record<string, TreatmentMethod>;
	};
	normalisation: {
		method: NormalisationMethod;
		/** Scale of min-max and goalposts: [lowest, highest] score. */
		range: [number, number];
		/** Indicator code → fixed [min, max] used by goalposts normalisation. */
		goalposts: Record<string, [number, number]>;
		overrides: Record<string, NormalisationMethod>;
	};
	aggregation: {
		method: AggregationMethod;
		/** Aggregation level (2 = sub-pillars, …) → method for the aggregates of that level. */
		levels: Record<string, AggregationMethod>;
		/** Least share (0–1) of an aggregate's children that must have a value; 0 = any one. */
		threshold: number;
		/** Aggregate code → its own threshold. */
		thresholds: Record<string, number>;
	};
};

/** Constants of the GII rule (COINr's default differs only in the skewness threshold, 2.0). */
export const GII_TREATMENT: TreatmentConstants = { skewness: 2.25, kurtosis: 3.5, maxPoints: 5 };
export const COINR_TREATMENT: TreatmentConstants = { skewness: 2, kurtosis: 3.5, maxPoints: 5 };

/** The published PII method: no denominators, no imputation, no treatment, min-max 0–100, mean. */
export function defaultMethod(): MethodSettings {
	return {
		denominators: {},
		imputation: { method: 'none', overrides: {} },
		treatment: { method: 'none', ...GII_TREATMENT, overrides: {} },
		normalisation: { method: 'minmax', range: [0, 100], goalposts: {}, overrides: {} },
		aggregation: { method: 'arithmetic', levels: {}, threshold: 0, thresholds: {} }
	};
}

/** JSON with object keys sorted, so equal settings give equal text whatever the key order. */
export function canonicalMethodJson(method: MethodSettings): string {
	const sort = (v: unknown): unknown => {
		if (Array.isArray(v)) return v.map(sort);
		if (v && typeof v === 'object')
			return Object.fromEntries(
				Object.keys(v)
					.sort()
					.map((k) => [k, sort((v as Record<string, unknown>)[k])])
			);
		return v;
	};
	return JSON.stringify(sort(method));
}

export function sameMethod(a: MethodSettings, b: MethodSettings): boolean {
	return canonicalMethodJson(a) === canonicalMethodJson(b);
}

export function isDefaultMethod(method: MethodSettings): boolean {
	return sameMethod(method, defaultMethod());
}

/** Readable JSON (two-space indent), as the headless command reads it. */
export function methodJson(method: MethodSettings): string {
	return `${JSON.stringify(method, null, 2)}\n`;
}

/** A deep copy (the settings are plain JSON). */
export function cloneMethod(method: MethodSettings): MethodSettings {
	return JSON.parse(JSON.stringify(method)) as MethodSettings;
}

/** True when every aggregate is a weighted arithmetic mean: only then do contributions add up. */
export function usesOnlyArithmeticMeans(method: MethodSettings): boolean {
	const { aggregation } = method;
	return (
		aggregation.method === 'arithmetic' &&
		Object.values(aggregation.levels).every((m) => m === 'arithmetic')
	);
}
