// Frozen bounds on the kernel: phantom bound rows and clipping give fixed min–max scores (0 and 100
// beyond the bounds); missing values stay missing.
import { describe, expect, it } from 'vitest';
import { createKernel } from '../kernel';
import { columnBounds, frozenColumns } from './bounds';
import { smallModel } from './testing';

describe('frozen bounds on the kernel', () => {
	it('scores against fixed bounds, clipping beyond them to 0 and 100', () => {
		const m = smallModel([[10], [20], [30]]);
		const bounds = columnBounds(m.columns);
		const moved = [Float64Array.from([5, 25, 40])];
		const cols = frozenColumns(moved, bounds);
		const out = createKernel(m.tree, 5).compute(cols, m.params);
		const a = out.scores[m.tree.indexOf.get('A') as number];
		expect(Array.from(a.subarray(0, 3))).toEqual([0, 75, 100]);
		expect(out.min[0]).toBe(10);
		expect(out.max[0]).toBe(30);
	});

	it('keeps a missing value missing and an empty column empty', () => {
		const bounds = columnBounds([Float64Array.from([NaN, NaN])]);
		expect(bounds.min[0]).toBeNaN();
		const cols = frozenColumns([Float64Array.from([NaN, 3])], bounds);
		expect(Array.from(cols[0])).toEqual([NaN, 3, NaN, NaN]);
	});
});
