import { describe, expect, it } from 'vitest';
import { piiTree } from '../testing/fixtures';
import {
	measureGroups,
	measureKey,
	measureScale,
	measureValues,
	parseMeasureKey,
	rankChange
} from './measures';

const tree = piiTree();

describe('measure keys', () => {
	it('round-trips and falls back to the index', () => {
		for (const m of [{ kind: 'score', node: 5 }, { kind: 'rank' }, { kind: 'rankChange' }] as const)
			expect(parseMeasureKey(measureKey(m), tree)).toEqual(m);
		expect(parseMeasureKey('node:9999', tree)).toEqual({ kind: 'score', node: tree.root });
		expect(parseMeasureKey('junk', tree)).toEqual({ kind: 'score', node: tree.root });
	});
});

describe('measureGroups', () => {
	it('lists the index first and the 52 indicators last', () => {
		const groups = measureGroups(tree);
		expect(groups.map((g) => [g.level, g.nodes.length])).toEqual([
			[5, 1],
			[4, 2],
			[3, 7],
			[2, 16],
			[1, 52]
		]);
	});
});

describe('values', () => {
	const src = {
		scores: () => Float64Array.from([50, NaN, 70]),
		ranks: Int32Array.from([2, 0, 1]),
		baselineRanks: Int32Array.from([1, 3, 2])
	};
	it('reads scores, ranks (unranked missing) and rank changes', () => {
		expect(Array.from(measureValues({ kind: 'score', node: 0 }, src))).toEqual([50, NaN, 70]);
		expect(Array.from(measureValues({ kind: 'rank' }, src))).toEqual([2, NaN, 1]);
		expect(Array.from(measureValues({ kind: 'rankChange' }, src))).toEqual([-1, NaN, 1]);
		expect(Array.from(rankChange([3, 1], [1, 1]))).toEqual([2, 0]);
		const noBaseline = measureValues({ kind: 'rankChange' }, { ...src, baselineRanks: null });
		expect(Array.from(noBaseline)).toEqual([0, NaN, 0]);
	});

	it('scales ranks reversed from 1 and changes symmetrically', () => {
		const rank = measureScale({ kind: 'rank' }, Float64Array.from([1, 2, 63]));
		expect(rank.domain).toEqual([1, 63]);
		expect(rank.reversed).toBe(true);
		const change = measureScale({ kind: 'rankChange' }, Float64Array.from([-4, 2]));
		expect(change.kind).toBe('diverging');
		expect(change.domain).toEqual([-4, 4]);
	});
});
