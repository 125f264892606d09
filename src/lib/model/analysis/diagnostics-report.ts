// The diagnostics of one model state: statistics of every raw indicator column, correlations of
// indicator scores with their pillar and of pillars with the index, alpha per pillar, the matrix.
import type { Tree } from '../tree';
import {
	ancestorAt,
	correlationMatrix,
	cronbachAlpha,
	indicatorStats,
	indicatorsUnder,
	pearson,
	pillarLevel,
	type IndicatorStats
} from './diagnostics';

export interface IndicatorDiagnostics extends IndicatorStats {
	node: number;
	/** Pillar (tree index) above the indicator, and the correlation of the scores with it. */
	pillar: number;
	withPillar: number;
}

export interface PillarDiagnostics {
	node: number;
	indicators: number;
	/** Correlation of the pillar score with the index. */
	withIndex: number;
	alpha: number;
}

export interface DiagnosticsReport {
	indicators: IndicatorDiagnostics[];
	pillars: PillarDiagnostics[];
	/** Correlations of the indicator scores, indicators in tree order. */
	matrix: Float64Array[];
}

/** `columns`: raw data per indicator position; `scores`: kernel scores per node (tree order). */
export function diagnosticsReport(
	tree: Tree,
	columns: Float64Array[],
	scores: Float64Array[],
	limits: { skewness: number; kurtosis: number } = { skewness: 2.25, kurtosis: 3.5 }
): DiagnosticsReport {
	const level = pillarLevel(tree);
	const indicators = tree.indicators.map((node, p) => {
		const pillar = ancestorAt(tree, node, level);
		return {
			node,
			...indicatorStats(columns[p], limits.skewness, limits.kurtosis),
			pillar,
			withPillar: pillar >= 0 ? pearson(scores[node], scores[pillar]) : NaN
		};
	});
	const pillars = (tree.aggregatesByLevel.get(level) ?? []).map((node) => {
		const under = indicatorsUnder(tree, node);
		return {
			node,
			indicators: under.length,
			withIndex: pearson(scores[node], scores[tree.root]),
			alpha: cronbachAlpha(under.map((i) => scores[i]))
		};
	});
	return { indicators, pillars, matrix: correlationMatrix(tree.indicators.map((i) => scores[i])) };
}
