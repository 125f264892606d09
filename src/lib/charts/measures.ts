// What a map can be coloured by: the score of any node (index, sub-index, pillar, sub-pillar,
// indicator), the rank, or the rank change against the baseline; values per unit and a scale.
import type { Tree } from '../model/tree';
import { divergingScale, sequentialScale, type ColorScale } from './color';

export type Measure = { kind: 'score'; node: number } | { kind: 'rank' } | { kind: 'rankChange' };

export function measureKey(m: Measure): string {
	return m.kind === 'score' ? `node:${m.node}` : m.kind;
}

/** The measure of a key from `measureKey`; the index score for anything unknown. */
export function parseMeasureKey(key: string, tree: Tree): Measure {
	if (key === 'rank' || key === 'rankChange') return { kind: key };
	const node = Number(key.replace(/^node:/, ''));
	return Number.isInteger(node) && node >= 0 && node < tree.nodes.length
		? { kind: 'score', node }
		: { kind: 'score', node: tree.root };
}

/** Nodes by level, highest level (the index) first: the groups of a measure picker. */
export function measureGroups(tree: Tree): { level: number; nodes: number[] }[] {
	const levels = [...tree.levels].reverse().map((level) => ({
		level,
		nodes: tree.aggregatesByLevel.get(level) ?? []
	}));
	return [...levels, { level: 1, nodes: tree.indicators }];
}

/** Places gained since the baseline (positive = moved up); NaN when either rank is missing. */
export function rankChange(baseline: ArrayLike<number>, current: ArrayLike<number>): Float64Array {
	return Float64Array.from({ length: current.length }, (_, u) =>
		baseline[u] > 0 && current[u] > 0 ? baseline[u] - current[u] : NaN
	);
}

export interface MeasureSource {
	scores: (node: number) => Float64Array;
	ranks: Int32Array;
	baselineRanks: Int32Array | null;
}

/** One value per unit (NaN = missing; rank 0 = unranked becomes NaN). */
export function measureValues(m: Measure, src: MeasureSource): Float64Array {
	if (m.kind === 'score') return src.scores(m.node);
	if (m.kind === 'rank') return Float64Array.from(src.ranks, (r) => (r > 0 ? r : NaN));
	return rankChange(src.baselineRanks ?? src.ranks, src.ranks);
}

/** Viridis for scores (high = dark) and ranks (1 = dark), purple–orange for rank changes. */
export function measureScale(m: Measure, values: Float64Array): ColorScale {
	if (m.kind === 'rankChange') return divergingScale(values);
	if (m.kind === 'rank') {
		let n = 1;
		for (const v of values) if (v > n) n = v;
		return sequentialScale(values, { reversed: true, domain: [1, Math.max(2, n)] });
	}
	return sequentialScale(values);
}
