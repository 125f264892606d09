import { describe, expect, it } from 'vitest';
import {
	MISSING_COLOR,
	PURPLE_ORANGE,
	VIRIDIS_LIGHT_TO_DARK,
	divergingScale,
	inkOn,
	interpolate,
	niceDomain,
	niceStep,
	sequentialScale,
	ticks
} from './color';

describe('interpolate', () => {
	it('returns the stops at the ends and mixes between them', () => {
		expect(interpolate(['#000000', '#ffffff'], 0)).toBe('#000000');
		expect(interpolate(['#000000', '#ffffff'], 1)).toBe('#ffffff');
		expect(interpolate(['#000000', '#ffffff'], 0.5)).toBe('#808080');
		expect(interpolate(['#000000', '#ffffff'], 7)).toBe('#ffffff');
		expect(interpolate(['#000000', '#ffffff'], NaN)).toBe('#000000');
	});
});

describe('nice domains and ticks', () => {
	it('picks 1-2-5 steps', () => {
		expect(niceStep(40)).toBe(10);
		expect(niceStep(7)).toBe(2);
		expect(niceStep(0.3)).toBeCloseTo(0.1);
		expect(niceStep(0)).toBe(1);
	});

	it('widens the extent to the step and ignores missing values', () => {
		expect(niceDomain([22.18, NaN, 62.86])).toEqual([20, 70]);
		expect(niceDomain([5, 5])).toEqual([4, 6]);
		expect(niceDomain([])).toEqual([0, 1]);
		expect(ticks([20, 70])).toEqual([20, 30, 40, 50, 60, 70]);
		expect(ticks([1, 63])).toEqual([20, 40, 60]);
	});
});

describe('sequentialScale', () => {
	it('draws high values dark, or low values dark when reversed, and missing grey', () => {
		const s = sequentialScale([0, 100]);
		expect(s.color(0)).toBe(VIRIDIS_LIGHT_TO_DARK[0]);
		expect(s.color(100)).toBe(VIRIDIS_LIGHT_TO_DARK[VIRIDIS_LIGHT_TO_DARK.length - 1]);
		expect(s.color(NaN)).toBe(MISSING_COLOR);
		const r = sequentialScale([1, 63], { reversed: true, domain: [1, 63] });
		expect(r.color(1)).toBe(VIRIDIS_LIGHT_TO_DARK[VIRIDIS_LIGHT_TO_DARK.length - 1]);
		expect(r.reversed).toBe(true);
	});
});

describe('divergingScale', () => {
	it('is symmetric around zero with the neutral colour at 0', () => {
		const d = divergingScale([-3, 1, NaN]);
		expect(d.domain).toEqual([-3, 3]);
		expect(d.color(0)).toBe(PURPLE_ORANGE[4]);
		expect(d.color(3)).toBe(PURPLE_ORANGE[8]);
		expect(d.color(-3)).toBe(PURPLE_ORANGE[0]);
		expect(divergingScale([0, 0]).domain).toEqual([-1, 1]);
		// One place of 16 is a quarter of the way to the end colour (square-root spacing).
		expect(divergingScale([16]).color(1)).toBe(interpolate(PURPLE_ORANGE, 0.625));
	});
});

describe('inkOn', () => {
	it('writes white on dark and dark on light colours', () => {
		expect(inkOn('#440154')).toBe('#ffffff');
		expect(inkOn('#fde725')).toBe('#1f2a30');
	});
});
