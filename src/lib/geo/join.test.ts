import { describe, expect, it } from 'vitest';
import { joinUnits } from './join';

describe('joinUnits', () => {
	it('matches codes when the map and the data have as many units', () => {
		const j = joinUnits(['01', '02', '04'], ['04', '01', '99']);
		expect(j.compatible).toBe(true);
		expect([...j.unitOf]).toEqual([
			['04', 0],
			['01', 1]
		]);
		expect(j.unmatched).toEqual([2]);
	});

	it('matches nothing across editions, even where codes coincide', () => {
		const j = joinUnits(['01', '48'], ['01', '02', '48']);
		expect(j.compatible).toBe(false);
		expect(j.unitOf.size).toBe(0);
		expect(j.unmatched).toEqual([0, 1, 2]);
	});
});
