// Competition ranking (1, 2, 2, 4): ties, missing scores (rank 0, not counted), order independence,
// and agreement with a plain O(n²) definition on a large random array.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/fixtures';
import { competitionRanks } from './rank';

/** Rank by definition: 1 + number of present scores strictly greater; missing → 0. */
function referenceRanks(scores: number[]): number[] {
	return scores.map((s) =>
		Number.isNaN(s) ? 0 : 1 + scores.filter((t) => !Number.isNaN(t) && t > s).length
	);
}

const ranks = (scores: ArrayLike<number>) => Array.from(competitionRanks(scores));

describe('competitionRanks', () => {
	it('gives tied units the same rank and skips the following ranks (1, 2, 2, 4)', () => {
		expect(ranks([90, 80, 80, 70])).toEqual([1, 2, 2, 4]);
		expect(ranks([70, 80, 90, 80])).toEqual([4, 2, 1, 2]);
		expect(ranks([5, 5, 5, 1, 1, 0])).toEqual([1, 1, 1, 4, 4, 6]);
	});

	it('ranks higher scores first (descending)', () => {
		expect(ranks([10, 30, 20])).toEqual([3, 1, 2]);
		expect(ranks([-1, 0, 1e-9])).toEqual([3, 2, 1]);
	});

	it('gives a missing score rank 0 and does not count it for the others', () => {
		expect(ranks([NaN, 50, 60, NaN, 50])).toEqual([0, 2, 1, 0, 2]);
		expect(ranks(new Float64Array([NaN, 10, 20]))).toEqual([0, 2, 1]);
	});

	it('ranks nothing when every score is missing', () => {
		expect(ranks([NaN, NaN, NaN])).toEqual([0, 0, 0]);
		expect(ranks([])).toEqual([]);
	});

	it('gives every unit rank 1 when all scores are equal', () => {
		expect(ranks([42, 42, 42, 42])).toEqual([1, 1, 1, 1]);
		expect(ranks([0, -0])).toEqual([1, 1]);
	});

	it('ranks a single unit 1', () => {
		expect(ranks([3.5])).toEqual([1]);
	});

	it('does not depend on the input order', () => {
		const scores = [12, 7, 12, NaN, 3, 7, 7, 20];
		const reversed = [...scores].reverse();
		expect(ranks(reversed).reverse()).toEqual(ranks(scores));
		expect(ranks(scores)).toEqual([2, 4, 2, 0, 7, 4, 4, 1]);
	});

	it('matches 1 + the number of strictly greater scores on a large random array', () => {
		const rnd = seededRandom(2024);
		// Rounded to few distinct values so ties are frequent; about 5 % missing.
		const scores = Array.from({ length: 3000 }, () =>
			rnd() < 0.05 ? NaN : Math.round(rnd() * 400) / 4
		);
		const got = ranks(scores);
		expect(got).toEqual(referenceRanks(scores));
		expect(got.filter((r) => r === 0).length).toBe(scores.filter(Number.isNaN).length);
		expect(Math.min(...got.filter((r) => r > 0))).toBe(1);
	});
});
