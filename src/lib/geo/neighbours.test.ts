import { describe, expect, it } from 'vitest';
import { neighbourIn } from './neighbours';
import type { Position } from './topojson';

//   0 . 1
//   . 2 .
//   3 . 4      (SVG coordinates: y grows downwards)
const points: Position[] = [
	[0, 0],
	[2, 0],
	[1, 1],
	[0, 2],
	[2, 2]
];

describe('neighbourIn', () => {
	it('moves to the nearest shape in the arrow direction', () => {
		expect(neighbourIn(points, 0, 'right')).toBe(1);
		expect(neighbourIn(points, 0, 'down')).toBe(3);
		expect(neighbourIn(points, 2, 'down')).toBe(3);
		expect(neighbourIn(points, 4, 'up')).toBe(1);
		expect(neighbourIn(points, 3, 'right')).toBe(4);
	});

	it('stays put when nothing lies that way or the position is unknown', () => {
		expect(neighbourIn(points, 0, 'left')).toBe(0);
		expect(neighbourIn(points, 0, 'up')).toBe(0);
		expect(neighbourIn([[NaN, NaN], ...points], 0, 'down')).toBe(0);
	});
});
