// The explain views: children shares renormalise over what is present, bounds name their holders,
// waterfall steps accumulate to the total, folded parts keep the sum, gap rows add up.
import { describe, expect, it } from 'vitest';
import { piiTree, randomDataset } from '../testing/fixtures';
import { columnsFor } from './dataset';
import { indicatorCodes } from './indicators';
import { createKernel, frameworkParams } from './kernel';
import { childShares, columnBounds, foldParts, gapRows, total, waterfallSteps } from './explain';

const tree = piiTree();
const data = randomDataset(tree, 12, 5, 0.2);
const params = frameworkParams(tree);
params.weights[tree.indexOf.get('P2') as number] = 3;
const { scores } = createKernel(tree, 12).compute(columnsFor(data, indicatorCodes(tree)), params);

describe('childShares', () => {
	it('renormalises the weights over the children present and skips the missing ones', () => {
		const p1 = tree.indexOf.get('1.1') as number;
		const u = Array.from({ length: 12 }, (_, k) => k).find((k) =>
			tree.children[p1].some((c) => Number.isNaN(scores[c][k]))
		) as number;
		expect(u).toBeDefined();
		const rows = childShares(tree, params.weights, scores, u, p1);
		expect(total(rows.map((r) => r.relative))).toBeCloseTo(1, 12);
		expect(total(rows.map((r) => r.share))).toBeCloseTo(1, 12);
		for (const r of rows) if (!r.present) expect(r.share).toBe(0);
		const mean = total(rows.filter((r) => r.present).map((r) => r.share * r.value));
		expect(mean).toBeCloseTo(scores[p1][u], 9);
	});

	it('gives unequal framework weights as relative shares', () => {
		const inNode = tree.indexOf.get('IN') as number;
		const rows = childShares(tree, params.weights, scores, 0, inNode);
		const p2 = rows.find((r) => tree.nodes[r.node].code === 'P2');
		expect(p2?.relative).toBeCloseTo(3 / 7, 12);
	});
});

describe('columnBounds', () => {
	it('finds min and max ignoring missing values, with every unit holding them', () => {
		const b = columnBounds(Float64Array.from([5, NaN, 1, 9, 1, 9, 3]));
		expect(b).toEqual({ min: 1, max: 9, minUnits: [2, 4], maxUnits: [3, 5] });
	});

	it('is empty when every value is missing', () => {
		expect(columnBounds([NaN, NaN]).minUnits).toEqual([]);
	});
});

describe('waterfall and folding', () => {
	const parts = Array.from({ length: 40 }, (_, k) => ({ indicator: k, value: (k * 7) % 11 }));

	it('sorts largest first, folds the tail into one step and ends at the total', () => {
		const steps = waterfallSteps(parts, 15);
		expect(steps).toHaveLength(16);
		expect(steps[15]).toMatchObject({ indicator: -1, count: 25 });
		for (let i = 1; i < 15; i++) expect(steps[i - 1].value).toBeGreaterThanOrEqual(steps[i].value);
		for (let i = 1; i < steps.length; i++) expect(steps[i].start).toBe(steps[i - 1].end);
		expect(steps[0].start).toBe(0);
		expect(steps[15].end).toBeCloseTo(total(parts.map((p) => p.value)), 12);
	});

	it('does not fold a single leftover part', () => {
		expect(foldParts(parts.slice(0, 16), 15).rest).toEqual([]);
		expect(foldParts(parts.slice(0, 17), 15).rest).toHaveLength(2);
	});
});

describe('gapRows', () => {
	it('has A and B contributions whose difference is the part, summing to the gap', () => {
		const node = tree.indexOf.get('OUT') as number;
		const rows = gapRows(tree, params.weights, scores, 2, 7, node);
		for (const r of rows) expect(r.diff).toBeCloseTo(r.a - r.b, 12);
		expect(total(rows.map((r) => r.a))).toBeCloseTo(scores[node][2], 9);
		expect(total(rows.map((r) => r.b))).toBeCloseTo(scores[node][7], 9);
		expect(total(rows.map((r) => r.diff))).toBeCloseTo(scores[node][2] - scores[node][7], 9);
	});
});
