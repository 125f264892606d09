// Leverage by recomputation: slopes inside the range, re-basing at the minimum, leaders and sorting.
import { describe, expect, it } from 'vitest';
import { createEvaluator } from './evaluate';
import { makeField, type BoundsMode } from './field';
import { leader, leverageRows, sortLeverage } from './leverage';
import { smallModel } from './testing';

const m = smallModel([
	[10, 30, 5],
	[20, 20, 5],
	[30, 10, 7],
	[25, 12, 6]
]);
const rows = (mode: BoundsMode, unit: number) =>
	leverageRows(
		createEvaluator(
			makeField(m.tree, m.params, m.columns, unit, { mode, growth: { ratePct: 0, years: 1 } })
		),
		m.columns,
		[0, 1]
	);

describe('leverage', () => {
	it('inside the range: weight × 100 / range per unit, the same in both modes', () => {
		for (const mode of ['frozen', 'rebased'] as const) {
			const r = rows(mode, 1)[0];
			expect(r.weight).toBeCloseTo(1 / 3, 12);
			expect(r.perUnit).toBeCloseTo(100 / 3 / 20, 9);
			expect(r.perTenPct).toBeCloseTo((2 * 100) / 3 / 20, 9);
			expect(r.national).toEqual({ unit: 2, value: 30, gap: 10 });
			expect(r.regional).toEqual({ unit: 1, value: 20, gap: 0 });
			expect(r.maxGain).toBeCloseTo(100 / 3 / 2, 9);
		}
	});

	it('at the minimum, re-basing moves the minimum: the first steps gain nothing', () => {
		const frozen = rows('frozen', 2)[1];
		const rebased = rows('rebased', 2)[1];
		expect(frozen.perUnit).toBeCloseTo(100 / 3 / 20, 9);
		expect(rebased.perUnit).toBe(0);
		expect(rebased.maxGain).toBeCloseTo(100 / 3, 9);
	});

	it('the leader is the province itself when it leads; sorting puts missing last', () => {
		expect(leader(Float64Array.from([3, 3, 1]), 1, 1)).toEqual({ unit: 1, value: 3, gap: 0 });
		expect(leader(Float64Array.from([3, 2, 1]), -1, 0)).toEqual({ unit: 2, value: 1, gap: 2 });
		const sorted = sortLeverage(rows('rebased', 2), 'maxGain', -1);
		expect(sorted[0].indicator).toBe(1);
		expect(sorted.map((r) => r.indicator)).toHaveLength(3);
	});
});
