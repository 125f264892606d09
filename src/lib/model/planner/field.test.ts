// The field: other provinces grown in each indicator's good direction (never the province itself),
// the national best per direction.
import { describe, expect, it } from 'vitest';
import { growthFactor, makeField, projectField } from './field';
import { smallModel } from './testing';

describe('the field', () => {
	it('grows the other units in each indicator’s good direction, never the province', () => {
		const cols = [Float64Array.from([10, 20, -4]), Float64Array.from([10, 20, 30])];
		const dirs = Int8Array.from([1, -1]);
		const out = projectField(cols, dirs, 1, { ratePct: 10, years: 2 });
		expect(out[0][0]).toBeCloseTo(12.1, 12);
		expect(out[0][1]).toBe(20);
		expect(out[0][2]).toBeCloseTo(-4 + 4 * 0.21, 12);
		expect(out[1][0]).toBeCloseTo(10 - 2.1, 12);
		expect(out[1][2]).toBeCloseTo(30 - 6.3, 12);
	});

	it('has no growth at 0 % and the national best in the good direction', () => {
		expect(growthFactor({ ratePct: 0, years: 3 })).toBe(0);
		const m = smallModel(
			[
				[1, 5],
				[3, 2],
				[2, 9]
			],
			[1, -1]
		);
		const f = makeField(m.tree, m.params, m.columns, 0, {
			mode: 'frozen',
			growth: { ratePct: 0, years: 1 }
		});
		expect(Array.from(f.best)).toEqual([3, 2]);
		expect(Array.from(f.current)).toEqual([1, 5]);
	});
});
