// Moments against Excel's documented values (SKEW and KURT help pages) and hand computations.
import { describe, expect, it } from 'vitest';
import { meanOf, momentsOf } from './moments';

const EXCEL_SAMPLE = [3, 4, 5, 2, 3, 4, 5, 6, 4, 7];

describe('moments', () => {
	it('matches Excel SKEW and KURT on their documented sample', () => {
		const m = momentsOf(EXCEL_SAMPLE);
		expect(m.skew).toBeCloseTo(0.359543071, 9);
		expect(m.kurt).toBeCloseTo(-0.151799637, 9);
		expect(m.mean).toBe(4.3);
		expect(m.n).toBe(10);
	});

	it('skips missing values', () => {
		const m = momentsOf([NaN, ...EXCEL_SAMPLE, NaN]);
		expect(m.n).toBe(10);
		expect(m.skew).toBeCloseTo(0.359543071, 9);
	});

	it('sums the mean in unit order, as AVERAGE does', () => {
		const x = [0.1, 0.7, 1e16, -1e16, 0.3];
		expect(meanOf(x).mean).toBe((0.1 + 0.7 + 1e16 - 1e16 + 0.3) / 5);
	});

	it('n < 4 for skew/kurtosis: skewness needs 3 values, kurtosis 4', () => {
		expect(momentsOf([1, 2, 4]).skew).toBeCloseTo(0.9352195295828235, 12);
		expect(momentsOf([1, 2, 4]).kurt).toBeNaN();
		expect(momentsOf([1, 2]).skew).toBeNaN();
		expect(momentsOf([5]).sd).toBeNaN();
	});

	it('constant column: sd 0, skewness and kurtosis undefined', () => {
		const m = momentsOf([7, 7, 7, 7, 7]);
		expect(m.sd).toBe(0);
		expect(m.skew).toBeNaN();
		expect(m.kurt).toBeNaN();
	});

	it('all-missing column: nothing defined', () => {
		const m = momentsOf([NaN, NaN]);
		expect(m.n).toBe(0);
		expect(m.mean).toBeNaN();
	});
});
