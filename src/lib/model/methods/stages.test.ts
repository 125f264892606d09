// Denominators and imputation on hand-computed cases.
import { describe, expect, it } from 'vitest';
import type { ImputationMethod } from '../method';
import { denominateColumn } from './denominate';
import { imputer, unitGroups } from './impute';

const impute = (name: ImputationMethod, x: number[], groups?: number[]) => {
	const out = new Float64Array(x.length);
	imputer(name)(x, groups, out, x.length);
	return Array.from(out);
};

describe('denominators', () => {
	it('divides by the denominator; missing or zero denominators give missing values', () => {
		const out = denominateColumn([10, 10, NaN, 10], [4, 0, 5, NaN], new Float64Array(4));
		expect(Array.from(out)).toEqual([2.5, NaN, NaN, NaN]);
	});

	it('without a denominator column every value is missing', () => {
		expect(Array.from(denominateColumn([1, 2], undefined, new Float64Array(2)))).toEqual([
			NaN,
			NaN
		]);
	});
});

describe('imputation', () => {
	it('none keeps missing values missing', () => {
		expect(impute('none', [1, NaN])).toEqual([1, NaN]);
	});

	it('indicator mean fills a missing value with the mean of the values present', () => {
		expect(impute('mean', [1, NaN, 5])).toEqual([1, 3, 5]);
	});

	it('group mean uses the unit’s region; a unit without region or an empty group stays missing', () => {
		const groups = unitGroups([
			{ code: 'a', name: 'a', region: 'N' },
			{ code: 'b', name: 'b', region: 'S' },
			{ code: 'c', name: 'c', region: 'N' },
			{ code: 'd', name: 'd', region: 'S' },
			{ code: 'e', name: 'e' }
		]);
		expect(Array.from(groups)).toEqual([0, 1, 0, 1, -1]);
		expect(impute('group-mean', [2, 7, NaN, NaN, NaN], Array.from(groups))).toEqual([
			2,
			7,
			2,
			7,
			NaN
		]);
		expect(impute('group-mean', [NaN, 7, NaN, 1, 3], Array.from(groups))).toEqual([
			NaN,
			7,
			NaN,
			1,
			3
		]);
	});

	it('all-missing column: nothing to impute from', () => {
		expect(impute('mean', [NaN, NaN])).toEqual([NaN, NaN]);
	});

	it('throws on an unknown name', () => {
		expect(() => imputer('median' as ImputationMethod)).toThrow(/median/);
	});
});
