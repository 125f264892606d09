// Method settings resolved against a tree: the method of every indicator (global setting or its
// override) and of every aggregate (its level's method, its least number of children present).
// The kernel and the workbook generator both read this, so they never resolve settings differently.
import type {
	AggregationMethod,
	ImputationMethod,
	MethodSettings,
	NormalisationMethod,
	TreatmentConstants,
	TreatmentMethod
} from '../method';
import type { Tree } from '../tree';

export interface IndicatorPlan {
	code: string;
	/** Name of the data column the indicator is divided by, or null. */
	denominator: string | null;
	imputation: ImputationMethod;
	treatment: TreatmentMethod;
	normalisation: NormalisationMethod;
	/** Fixed [min, max] for goalposts normalisation, or null when not given. */
	goalposts: [number, number] | null;
}

export interface AggregatePlan {
	method: AggregationMethod;
	/** Fewest children with a value for the aggregate to have one (0 = no threshold). */
	minCount: number;
}

export interface MethodPlan {
	/** Per indicator position (data column order). */
	indicators: IndicatorPlan[];
	/** Per node (tree order); null on indicators. */
	aggregates: (AggregatePlan | null)[];
	/** Score scale [low, high] of min-max and goalposts. */
	range: [number, number];
	treatment: TreatmentConstants;
	/** Which optional stages any indicator uses (each adds a sheet to the workbook). */
	uses: { denominate: boolean; impute: boolean; groups: boolean; treat: boolean; zscore: boolean };
}

/** Least number of children out of `m` making up `share` of them (guarded against 0.7·10 > 7). */
export function minChildren(share: number, m: number): number {
	return share > 0 ? Math.min(m, Math.ceil(share * m - 1e-9)) : 0;
}

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
	Object.hasOwn(record, key) ? record[key] : undefined;

export function planMethod(tree: Tree, method: MethodSettings): MethodPlan {
	const { imputation, treatment, normalisation, aggregation } = method;
	const indicators = tree.indicators.map((node): IndicatorPlan => {
		const code = tree.nodes[node].code;
		return {
			code,
			denominator: own(method.denominators, code) ?? null,
			imputation: own(imputation.overrides, code) ?? imputation.method,
			treatment: own(treatment.overrides, code) ?? treatment.method,
			normalisation: own(normalisation.overrides, code) ?? normalisation.method,
			goalposts: own(normalisation.goalposts, code) ?? null
		};
	});
	const aggregates = tree.nodes.map((node, i): AggregatePlan | null => {
		const kids = tree.children[i].length;
		if (kids === 0) return null;
		const share = own(aggregation.thresholds, node.code) ?? aggregation.threshold;
		return {
			method: own(aggregation.levels, String(node.level)) ?? aggregation.method,
			minCount: minChildren(share, kids)
		};
	});
	return {
		indicators,
		aggregates,
		range: normalisation.range,
		treatment: {
			skewness: treatment.skewness,
			kurtosis: treatment.kurtosis,
			maxPoints: treatment.maxPoints
		},
		uses: {
			denominate: indicators.some((p) => p.denominator !== null),
			impute: indicators.some((p) => p.imputation !== 'none'),
			groups: indicators.some((p) => p.imputation === 'group-mean'),
			treat: indicators.some((p) => p.treatment !== 'none'),
			zscore: indicators.some((p) => p.normalisation === 'zscore')
		}
	};
}
