// Each aggregation on hand-computed cases; missing children skipped, the threshold, degenerate cases.
import { describe, expect, it } from 'vitest';
import type { AggregationMethod } from '../method';
import { aggregator } from './aggregate';

function run(name: AggregationMethod, rows: number[][], weights: number[], minCount = 0) {
	const children = weights.map((_, j) => Float64Array.from(rows, (r) => r[j]));
	const out = new Float64Array(rows.length);
	aggregator(name)({ children, weights, minCount }, out, rows.length);
	return Array.from(out);
}

describe('aggregation', () => {
	it('weighted arithmetic, geometric and harmonic means', () => {
		expect(run('arithmetic', [[10, 40]], [1, 3])).toEqual([32.5]);
		expect(run('geometric', [[4, 16]], [1, 1])[0]).toBeCloseTo(8, 13);
		expect(run('geometric', [[1, 16]], [1, 3])[0]).toBeCloseTo(8, 13);
		expect(run('harmonic', [[10, 40]], [1, 1])).toEqual([16]);
	});

	it('skips missing children and renormalises the weights', () => {
		expect(run('arithmetic', [[NaN, 40]], [1, 3])).toEqual([40]);
		expect(run('geometric', [[NaN, 9]], [1, 3])[0]).toBeCloseTo(9, 13);
		expect(run('harmonic', [[NaN, 9]], [1, 3])[0]).toBeCloseTo(9, 13);
	});

	it('zeros under a geometric mean give 0 (unless the zero has no weight)', () => {
		expect(run('geometric', [[0, 50]], [1, 1])).toEqual([0]);
		expect(run('geometric', [[0, 49]], [0, 1])[0]).toBeCloseTo(49, 12);
	});

	it('zeros under a harmonic mean give no score (refused beforehand by the settings check)', () => {
		expect(run('harmonic', [[0, 50]], [1, 1])[0]).toBeNaN();
	});

	it('data-availability threshold: too few children present gives no score', () => {
		expect(run('arithmetic', [[NaN, 40, NaN]], [1, 1, 1], 2)[0]).toBeNaN();
		expect(run('arithmetic', [[10, 40, NaN]], [1, 1, 1], 2)).toEqual([25]);
	});

	it('all children missing, or every weight 0: no score', () => {
		for (const name of ['arithmetic', 'geometric', 'harmonic'] as const) {
			expect(run(name, [[NaN, NaN]], [1, 1])[0], name).toBeNaN();
			expect(run(name, [[5, 6]], [0, 0])[0], name).toBeNaN();
		}
	});

	it('throws on an unknown name', () => {
		expect(() => aggregator('median' as AggregationMethod)).toThrow(/median/);
	});
});
