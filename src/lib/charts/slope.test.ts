import { describe, expect, it } from 'vitest';
import { slopeLines, unmatchedUnits } from './slope';

describe('slopeLines', () => {
	const baseline = [1, 2, 3, 4];
	const current = [2, 1, 3, 0];

	it('draws units ranked both times with their change and rows on each side', () => {
		const lines = slopeLines(baseline, current);
		expect(lines).toEqual([
			{ unit: 0, from: 1, to: 2, change: -1, left: 0, right: 1 },
			{ unit: 1, from: 2, to: 1, change: 1, left: 1, right: 0 },
			{ unit: 2, from: 3, to: 3, change: 0, left: 2, right: 2 }
		]);
		expect(unmatchedUnits(baseline, current)).toEqual([3]);
	});

	it('keeps only changed units (and the kept ones) and gives ties their own rows', () => {
		expect(slopeLines(baseline, current, { onlyChanged: true }).map((l) => l.unit)).toEqual([0, 1]);
		expect(
			slopeLines(baseline, current, { onlyChanged: true, keep: [2] }).map((l) => l.right)
		).toEqual([1, 0, 2]);
		const tied = slopeLines([1, 1, 3], [2, 2, 1]);
		expect(new Set(tied.map((l) => l.left)).size).toBe(3);
		expect(new Set(tied.map((l) => l.right)).size).toBe(3);
	});
});
