// Each normalisation on small columns computed by hand, and the degenerate cases by name.
import { describe, expect, it } from 'vitest';
import type { NormalisationMethod } from '../method';
import { lowestScore, normaliser, type NormaliseContext } from './normalise';

const UP: NormaliseContext = { direction: 1, range: [0, 100], goalposts: null };
const DOWN: NormaliseContext = { ...UP, direction: -1 };

function run(name: NormalisationMethod, x: number[], ctx: NormaliseContext = UP) {
	const out = new Float64Array(x.length);
	const bounds = normaliser(name)(x, ctx, out, x.length);
	return { out: Array.from(out), bounds };
}

describe('normalisation', () => {
	it('min-max to 0–100 and to 1–100, direction −1 flips', () => {
		expect(run('minmax', [10, 20, 30]).out).toEqual([0, 50, 100]);
		expect(run('minmax', [10, 20, 30], { ...UP, range: [1, 100] }).out).toEqual([1, 50.5, 100]);
		expect(run('minmax', [10, 20, 30], DOWN).out).toEqual([100, 50, 0]);
	});

	it('goalposts: fixed min and max, values beyond clipped', () => {
		const ctx = { ...UP, goalposts: [0, 10] as [number, number] };
		expect(run('goalposts', [-5, 2.5, 10, 99], ctx).out).toEqual([0, 25, 100, 100]);
		expect(run('goalposts', [2.5], { ...ctx, direction: -1 }).out).toEqual([75]);
		expect(run('goalposts', [2.5], ctx).bounds).toEqual({ min: 0, max: 10 });
	});

	it('z-score: (x − mean) / sample sd', () => {
		const { out } = run('zscore', [2, 4, 6]);
		expect(out).toEqual([-1, 0, 1]);
		expect(run('zscore', [2, 4, 6], DOWN).out).toEqual([1, 0, -1]);
	});

	it('ties: rank gives tied values the lowest rank, percentile rank the same share', () => {
		expect(run('rank', [5, 7, 5, 9]).out).toEqual([1, 3, 1, 4]);
		expect(run('percentile', [5, 7, 5, 9]).out).toEqual([0, (100 * 2) / 3, 0, 100]);
		expect(run('rank', [5, 7, 5, 9], DOWN).out).toEqual([3, 2, 3, 1]);
	});

	it('constant column: min-max and z-score leave it out, rank gives all 1, percentile all 0', () => {
		const c = [3, 3, 3];
		expect(run('minmax', c).out.every(Number.isNaN)).toBe(true);
		expect(run('zscore', c).out.every(Number.isNaN)).toBe(true);
		expect(run('rank', c).out).toEqual([1, 1, 1]);
		expect(run('percentile', c).out).toEqual([0, 0, 0]);
		const ctx = { ...UP, goalposts: [0, 6] as [number, number] };
		expect(run('goalposts', c, ctx).out).toEqual([50, 50, 50]);
	});

	it('all-missing column: every score missing, no bounds', () => {
		for (const name of ['minmax', 'zscore', 'rank', 'percentile'] as const) {
			const r = run(name, [NaN, NaN]);
			expect(r.out.every(Number.isNaN), name).toBe(true);
			expect(r.bounds.min).toBeNaN();
		}
	});

	it('single unit: min-max and z-score undefined, rank 1, percentile undefined', () => {
		expect(run('minmax', [4]).out[0]).toBeNaN();
		expect(run('zscore', [4]).out[0]).toBeNaN();
		expect(run('rank', [4]).out).toEqual([1]);
		expect(run('percentile', [4]).out[0]).toBeNaN();
	});

	it('missing values stay missing and do not count', () => {
		expect(run('rank', [NaN, 2, 1]).out).toEqual([NaN, 2, 1]);
		expect(run('percentile', [NaN, 2, 1, 3]).out).toEqual([NaN, 50, 0, 100]);
	});

	it('knows the lowest score each gives (for the geometric and harmonic checks)', () => {
		expect(lowestScore('minmax', [0, 100])).toBe(0);
		expect(lowestScore('goalposts', [1, 100])).toBe(1);
		expect(lowestScore('zscore', [0, 100])).toBe(-Infinity);
		expect(lowestScore('rank', [0, 100])).toBe(1);
		expect(lowestScore('percentile', [1, 100])).toBe(0);
	});

	it('throws on an unknown name', () => {
		expect(() => normaliser('minmaxx' as NormalisationMethod)).toThrow(/minmaxx/);
	});
});
