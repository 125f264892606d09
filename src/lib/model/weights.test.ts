// Weight views: grouping per level, shares, effective weights that match the aggregation (also when
// a whole group weighs 0), differences from the official weights, reset edits, sorting, formatting.
import { describe, expect, it } from 'vitest';
import { piiTree, randomDataset } from '../testing/fixtures';
import { unitEffectiveWeights } from './contributions';
import { columnsFor } from './dataset';
import { indicatorCodes } from './indicators';
import { createKernel, frameworkParams } from './kernel';
import {
	changedNodes,
	effectiveRows,
	finalWeights,
	formatShare,
	formatShareDelta,
	officialWeights,
	parentShares,
	resetEdits,
	sortEffective,
	weightGroups,
	weightLevels
} from './weights';

const tree = piiTree();
const at = (code: string) => tree.indexOf.get(code) as number;
const codes = (nodes: number[]) => nodes.map((i) => tree.nodes[i].code);
const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0);
const indicatorSum = (w: Float64Array) => sum(tree.indicators.map((i) => w[i]));

describe('weightLevels and weightGroups', () => {
	it('lists the weighted levels from the sub-indices down to the indicators', () => {
		expect(weightLevels(tree)).toEqual([4, 3, 2, 1]);
	});

	it('groups every node under its parent, in tree order', () => {
		const top = weightGroups(tree, 4);
		expect(top).toHaveLength(1);
		expect(codes(top[0].children)).toEqual(['IN', 'OUT']);
		const pillars = weightGroups(tree, 3);
		expect(codes(pillars.map((g) => g.parent))).toEqual(['IN', 'OUT']);
		expect(codes(pillars[0].children)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
		expect(weightGroups(tree, 2)).toHaveLength(7);
		const leaves = weightGroups(tree, 1);
		expect(leaves).toHaveLength(16);
		expect(sum(leaves.map((g) => g.children.length))).toBe(52);
		expect(leaves.flatMap((g) => g.children)).toEqual(tree.indicators);
	});
});

describe('parentShares and finalWeights', () => {
	it('renormalise siblings to 1 and give indicators effective weights summing to 1', () => {
		const w = officialWeights(tree);
		w[at('P1')] = 3;
		const shares = parentShares(tree, w);
		expect(shares[at('P1')]).toBeCloseTo(3 / 7, 12);
		expect(shares[at('P2')]).toBeCloseTo(1 / 7, 12);
		expect(shares[at('IN')]).toBeCloseTo(0.5, 12);
		const eff = finalWeights(tree, w);
		expect(indicatorSum(eff)).toBeCloseTo(1, 12);
		expect(eff[at('P1')]).toBeCloseTo(0.5 * (3 / 7), 12);
	});

	it('treat a group whose weights are all 0 as absent, as the aggregation does', () => {
		const w = officialWeights(tree);
		for (const k of tree.children[at('1.1')]) w[k] = 0;
		const shares = parentShares(tree, w);
		expect(shares[tree.children[at('1.1')][0]]).toBeNaN();
		expect(shares[at('1.1')]).toBe(0);
		expect(shares[at('1.2')]).toBe(1);
		const eff = finalWeights(tree, w);
		expect(indicatorSum(eff)).toBeCloseTo(1, 12);

		const data = randomDataset(tree, 4, 7, 0);
		const params = { ...frameworkParams(tree), weights: w };
		const { scores } = createKernel(tree, 4).compute(
			columnsFor(data, indicatorCodes(tree)),
			params
		);
		const byModel = unitEffectiveWeights(tree, w, scores, 0);
		tree.indicators.forEach((node, p) => expect(eff[node]).toBeCloseTo(byModel[p], 12));
	});
});

describe('changedNodes and resetEdits', () => {
	it('find the weights that differ from the framework and restore exactly those', () => {
		const w = officialWeights(tree);
		expect(changedNodes(tree, w)).toEqual([]);
		expect(resetEdits(tree, w)).toEqual([]);
		w[at('P7')] = 2.5;
		w[at('3.1.2')] = 0;
		w[at('2.1')] = 1 + 1e-15;
		expect(codes(changedNodes(tree, w))).toEqual(['3.1.2', 'P7']);
		expect(resetEdits(tree, w)).toEqual([
			{ node: at('3.1.2'), weight: 1 },
			{ node: at('P7'), weight: 1 }
		]);
	});
});

describe('effectiveRows and sortEffective', () => {
	it('compare the effective weights with the official ones', () => {
		const w = officialWeights(tree);
		w[at('P6')] = 3;
		const rows = effectiveRows(tree, w);
		expect(rows).toHaveLength(52);
		expect(sum(rows.map((r) => r.effective))).toBeCloseTo(1, 12);
		expect(sum(rows.map((r) => r.official))).toBeCloseTo(1, 12);
		expect(sum(rows.map((r) => r.delta))).toBeCloseTo(0, 12);
		const p6 = rows.filter((r) => tree.parent[tree.parent[r.node]] === at('P6'));
		for (const r of p6) expect(r.delta).toBeGreaterThan(0);
	});

	it('sort by a column, ties in tree order', () => {
		const w = officialWeights(tree);
		w[at('6.1.1')] = 4;
		w[at('1.1.1')] = 0;
		const rows = effectiveRows(tree, w);
		const desc = sortEffective(rows, 'effective', true);
		expect(tree.nodes[desc[0].node].code).toBe('6.1.1');
		expect(tree.nodes[desc[desc.length - 1].node].code).toBe('1.1.1');
		for (let i = 1; i < desc.length; i++) {
			expect(desc[i].effective).toBeLessThanOrEqual(desc[i - 1].effective);
			if (desc[i].effective === desc[i - 1].effective)
				expect(desc[i].position).toBeGreaterThan(desc[i - 1].position);
		}
		const back = sortEffective(desc, 'position', false);
		expect(back.map((r) => r.position)).toEqual(rows.map((r) => r.position));
		expect(sortEffective(rows, 'delta', false)[0].node).toBe(at('6.1.2'));
	});
});

describe('formatShare and formatShareDelta', () => {
	it('format percentages in the UI locale, missing as a dash', () => {
		expect(formatShare(0.125, 'vi')).toBe('12,5%');
		expect(formatShare(0.125, 'en')).toBe('12.5%');
		expect(formatShare(1, 'en', 2)).toBe('100.00%');
		expect(formatShare(NaN, 'vi')).toBe('–');
	});

	it('sign changes in percentage points and show tiny ones as zero', () => {
		expect(formatShareDelta(0.005, 'vi')).toBe('+0,50');
		expect(formatShareDelta(-0.0125, 'en')).toBe('−1.25');
		expect(formatShareDelta(1e-9, 'en')).toBe('0.00');
		expect(formatShareDelta(-1e-9, 'vi')).toBe('0,00');
	});
});
