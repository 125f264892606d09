import { describe, expect, it } from 'vitest';
import { marksPath, stripRows } from './strip';

describe('stripRows', () => {
	it('summarises each column and picks the unit’s value', () => {
		const rows = stripRows(
			[Float64Array.from([10, NaN, 30, 20]), Float64Array.from([NaN, NaN, NaN, NaN])],
			2
		);
		expect(rows[0]).toEqual({
			indicator: 0,
			values: [10, 30, 20],
			selected: 30,
			median: 20,
			min: 10,
			max: 30
		});
		expect(rows[1].values).toEqual([]);
		expect(rows[1].median).toBeNaN();
		expect(rows[1].min).toBeNaN();
	});
});

describe('marksPath', () => {
	it('draws one vertical mark per value', () => {
		expect(marksPath([0, 50], (v) => v * 2, 5, 15)).toBe('M0 5v10M100 5v10');
		expect(marksPath([], (v) => v, 0, 1)).toBe('');
	});
});
