// Contributions and gaps add up exactly (to rounding) to the scores the kernel computes.
import { describe, expect, it } from 'vitest';
import { piiTree, randomDataset } from '../testing/fixtures';
import { columnsFor } from './dataset';
import { indicatorCodes } from './indicators';
import { createKernel, frameworkParams } from './kernel';
import { contributions, decomposeGap, unitEffectiveWeights } from './contributions';

const tree = piiTree();
const data = randomDataset(tree, 40, 11, 0.15);
const params = frameworkParams(tree);
params.weights[tree.indexOf.get('P3') as number] = 2.5;
params.weights[tree.indexOf.get('1.1.2') as number] = 0;
const { scores } = createKernel(tree, 40).compute(columnsFor(data, indicatorCodes(tree)), params);
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('contributions', () => {
	it('sum to the score of every unit at every node, with missing data and unequal weights', () => {
		for (let u = 0; u < 40; u++)
			for (const node of tree.aggregates) {
				const total = sum(contributions(tree, params.weights, scores, u, node).map((c) => c.value));
				if (Number.isNaN(scores[node][u])) expect(total).toBe(0);
				else expect(Math.abs(total - scores[node][u])).toBeLessThan(1e-9);
			}
	});

	it('give the framework effective weights when no data is missing', () => {
		const full = randomDataset(tree, 5, 3, 0);
		const k = createKernel(tree, 5).compute(
			columnsFor(full, indicatorCodes(tree)),
			frameworkParams(tree)
		);
		const eff = unitEffectiveWeights(tree, frameworkParams(tree).weights, k.scores, 0);
		expect(sum(Array.from(eff))).toBeCloseTo(1, 12);
		expect(eff[0]).toBeCloseTo(1 / 2 / 5 / 2 / 3, 12);
	});

	it('decompose the gap between two units exactly, largest part first', () => {
		const parts = decomposeGap(tree, params.weights, scores, 3, 17);
		expect(Math.abs(sum(parts.map((p) => p.value)) - (scores[0][3] - scores[0][17]))).toBeLessThan(
			1e-9
		);
		for (let i = 1; i < parts.length; i++)
			expect(Math.abs(parts[i - 1].value)).toBeGreaterThanOrEqual(Math.abs(parts[i].value));
	});
});
