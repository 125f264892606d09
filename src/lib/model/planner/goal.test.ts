// Goals: thresholds for rank (ties allowed), score and overtake goals, and malformed goals refused.
import { describe, expect, it } from 'vitest';
import { goalMet, goalProblem, slack, threshold } from './goal';

describe('goals', () => {
	const root = Float64Array.from([50, 70, 60, 60, NaN]);
	it('a rank goal needs the k-th best of the others; ties share the rank', () => {
		expect(threshold({ kind: 'rank', rank: 2 }, root, 0)).toBe(60);
		expect(goalMet({ kind: 'rank', rank: 4 }, root, 0)).toBe(true);
		expect(goalMet({ kind: 'rank', rank: 3 }, root, 0)).toBe(false);
		const tied = Float64Array.from([60, 70, 60, 50]);
		expect(goalMet({ kind: 'rank', rank: 2 }, tied, 0)).toBe(true);
		expect(slack({ kind: 'rank', rank: 2 }, tied, 0)).toBe(0);
		expect(threshold({ kind: 'rank', rank: 9 }, root, 0)).toBe(-Infinity);
	});

	it('overtaking needs a strictly higher score; a score goal allows equality', () => {
		expect(goalMet({ kind: 'overtake', unit: 2 }, Float64Array.from([60, 0, 60]), 0)).toBe(false);
		expect(goalMet({ kind: 'score', score: 50 }, root, 0)).toBe(true);
		expect(goalMet({ kind: 'score', score: 50 }, root, 4)).toBe(false);
	});

	it('refuses malformed goals', () => {
		expect(goalProblem({ kind: 'rank', rank: 0 }, 5, 0)).toBe('rank-range');
		expect(goalProblem({ kind: 'rank', rank: 2.5 }, 5, 0)).toBe('rank-range');
		expect(goalProblem({ kind: 'score', score: 101 }, 5, 0)).toBe('score-range');
		expect(goalProblem({ kind: 'overtake', unit: 0 }, 5, 0)).toBe('same-unit');
		expect(goalProblem({ kind: 'rank', rank: 5 }, 5, 0)).toBeNull();
	});
});
