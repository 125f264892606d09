// The outlier rule on cases computed by hand (Excel SKEW/KURT definitions): winsorised points and
// caps, the log fallback, and the degenerate cases.
import { describe, expect, it } from 'vitest';
import { COINR_TREATMENT, GII_TREATMENT } from '../method';
import { applyTreatment, decideTreatment, failsRule, treatedUnits } from './treat';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('outlier treatment', () => {
	it('fails only when |skewness| > S and kurtosis > K', () => {
		expect(failsRule({ skew: 2.3, kurt: 3.6 }, GII_TREATMENT)).toBe(true);
		expect(failsRule({ skew: -2.3, kurt: 3.6 }, GII_TREATMENT)).toBe(true);
		expect(failsRule({ skew: 2.3, kurt: 3.5 }, GII_TREATMENT)).toBe(false);
		expect(failsRule({ skew: 2.1, kurt: 9 }, GII_TREATMENT)).toBe(false);
		expect(failsRule({ skew: 2.1, kurt: 9 }, COINR_TREATMENT)).toBe(true);
	});

	it('winsorises 1..10, 30, 100 by one point (skew 3.06, kurtosis 9.74 → 1.71, 1.82)', () => {
		const x = [...range(1, 10), 30, 100];
		const o = decideTreatment('winsorise', x, COINR_TREATMENT);
		expect(o.kind).toBe('winsorised');
		if (o.kind !== 'winsorised') return;
		expect(o.points).toBe(1);
		expect(o.high).toBe(30);
		expect(o.low).toBe(1);
		expect(o.before.skew).toBeCloseTo(3.0632410342394985, 12);
		expect(o.before.kurt).toBeCloseTo(9.741390834569142, 12);
		expect(o.after.skew).toBeCloseTo(1.71203806008905, 12);
		expect(o.after.kurt).toBeCloseTo(1.8157805377242022, 12);
		const out = applyTreatment(o, x, new Float64Array(x.length));
		expect(Array.from(out)).toEqual([...range(1, 10), 30, 30]);
		expect(treatedUnits(o, x)).toEqual([11]);
	});

	it('re-tests after each step: 40 ones and a tail of seven take two steps', () => {
		const x = [...Array(40).fill(1), 50, 60, 70, 80, 90, 100, 200];
		const o = decideTreatment('winsorise', x, GII_TREATMENT);
		expect(o.kind).toBe('winsorised');
		if (o.kind === 'winsorised') {
			expect(o.points).toBe(2);
			expect(o.high).toBe(90);
			expect(o.after.kurt).toBeCloseTo(3.305015011655514, 12);
		}
	});

	it('log-transforms the original values when winsorising cannot pass within the points', () => {
		// 80 zeros, 6 ones and a 10: after one step it still fails (skew 3.14, kurtosis 8.04), and
		// the second step would move 7 tied points, more than 5
		const x = [...Array(80).fill(0), ...Array(6).fill(1), 10];
		const o = decideTreatment('winsorise', x, GII_TREATMENT);
		expect(o.kind).toBe('log');
		if (o.kind !== 'log') return;
		expect([o.min, o.max]).toEqual([0, 10]);
		const out = applyTreatment(o, x, new Float64Array(x.length));
		expect(out[0]).toBeCloseTo(-2.3025850929940455, 14);
		expect(out[80]).toBeCloseTo(0.09531017980432493, 14);
		expect(out[86]).toBeCloseTo(2.312535423847214, 14);
		expect(o.after.skew).toBeCloseTo(3.7405710495192173, 12);
		expect(treatedUnits(o, x)).toHaveLength(87);
	});

	it('with 0 points allowed goes straight to the log transform', () => {
		const x = [...range(1, 10), 30, 100];
		expect(decideTreatment('winsorise', x, { ...COINR_TREATMENT, maxPoints: 0 }).kind).toBe('log');
	});

	it('n < 4 for skew/kurtosis: too few values to test, left as they are', () => {
		expect(decideTreatment('winsorise', [1, 2, 1000], GII_TREATMENT)).toEqual({
			kind: 'too-few',
			n: 3
		});
	});

	it('constant column passes (its skewness is undefined)', () => {
		expect(decideTreatment('winsorise', [4, 4, 4, 4, 4], GII_TREATMENT).kind).toBe('passed');
	});

	it('all-missing column: too few values', () => {
		expect(decideTreatment('winsorise', [NaN, NaN, NaN], GII_TREATMENT).kind).toBe('too-few');
	});

	it('missing values stay missing and do not count', () => {
		const x = [NaN, ...range(1, 10), 30, 100, NaN];
		const o = decideTreatment('winsorise', x, COINR_TREATMENT);
		const out = applyTreatment(o, x, new Float64Array(x.length));
		expect(out[0]).toBeNaN();
		expect(out[12]).toBe(30);
	});

	it('none leaves the column alone', () => {
		expect(decideTreatment('none', [1, 2, 3, 1e9], GII_TREATMENT)).toEqual({ kind: 'none' });
	});
});
