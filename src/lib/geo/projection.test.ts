import { describe, expect, it } from 'vitest';
import { bounds, centroid, fitMercator, mercator, polygonsPath } from './projection';
import type { Polygon } from './topojson';

const square: Polygon = [
	[
		[100, 10],
		[101, 10],
		[101, 11],
		[100, 11],
		[100, 10]
	]
];

describe('mercator', () => {
	it('maps the equator to y = 0 and puts north up (negative y)', () => {
		expect(mercator([0, 0])[1]).toBeCloseTo(0);
		expect(mercator([0, 20])[1]).toBeLessThan(0);
		expect(mercator([180, 0])[0]).toBeCloseTo(Math.PI);
	});
});

describe('fitMercator', () => {
	it('puts the north-west corner at the padding and fills the width', () => {
		const fit = fitMercator(bounds([square]), 200, 10);
		expect(fit.project([100, 11])).toEqual([10, 10]);
		const [x, y] = fit.project([101, 10]);
		expect(x).toBeCloseTo(190);
		expect(y).toBeCloseTo(fit.height - 10);
		// One degree is taller than wide at 10° N on Mercator.
		expect(fit.height - 20).toBeGreaterThan(180);
	});
});

describe('bounds', () => {
	it('is the extent of every ring', () => {
		expect(bounds([square])).toEqual([
			[100, 10],
			[101, 11]
		]);
	});
});

describe('polygonsPath', () => {
	it('writes closed rings rounded to 0.1 and drops repeated points', () => {
		const d = polygonsPath([square], ([x, y]) => [x * 1.01, y]);
		expect(d).toBe('M101 10L102 10L102 11L101 11L101 10Z');
		const dup = polygonsPath(
			[
				[
					[
						[0, 0],
						[0.01, 0],
						[1, 0],
						[1, 1],
						[0, 0]
					]
				]
			],
			(p) => p
		);
		expect(dup).toBe('M0 0L1 0L1 1L0 0Z');
	});
});

describe('centroid', () => {
	it('is the middle of a square and ignores smaller parts', () => {
		const small: Polygon = [
			[
				[0, 0],
				[0.1, 0],
				[0.1, 0.1],
				[0, 0]
			]
		];
		const [x, y] = centroid([small, square], (p) => p);
		expect(x).toBeCloseTo(100.5);
		expect(y).toBeCloseTo(10.5);
	});
});
