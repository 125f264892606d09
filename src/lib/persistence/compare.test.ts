// Scenario comparison rows: hand-computed ranks, differences and moves; sorting with missing last.
import { describe, expect, it } from 'vitest';
import { compareRows, movedCount, sortCompareRows } from './compare';

const units = ['Cần Thơ', 'An Giang', 'Bạc Liêu', 'Đà Nẵng'].map((name, i) => ({
	code: String(i + 1),
	name
}));
const a = Float64Array.from([50, 40, 30, NaN]);
const b = Float64Array.from([45, 48, 30, 20]);
const collator = new Intl.Collator('vi');

describe('scenario comparison', () => {
	it('gives each unit its score and rank in A and B, the difference and the move', () => {
		const rows = compareRows(units, a, b);
		expect(rows.map((r) => [r.rankA, r.rankB, r.moved])).toEqual([
			[1, 2, -1],
			[2, 1, 1],
			[3, 3, 0],
			[0, 4, null]
		]);
		expect(rows.map((r) => r.diff).slice(0, 3)).toEqual([-5, 8, 0]);
		expect(Number.isNaN(rows[3].diff)).toBe(true);
		expect(movedCount(rows)).toBe(2);
	});

	it('sorts by any column, missing values last either way', () => {
		const rows = compareRows(units, a, b);
		const names = (key: Parameters<typeof sortCompareRows>[1], desc: boolean) =>
			sortCompareRows(rows, key, desc, collator).map((r) => r.name);
		expect(names('diff', true)).toEqual(['An Giang', 'Bạc Liêu', 'Cần Thơ', 'Đà Nẵng']);
		expect(names('diff', false)).toEqual(['Cần Thơ', 'Bạc Liêu', 'An Giang', 'Đà Nẵng']);
		expect(names('rankA', false)).toEqual(['Cần Thơ', 'An Giang', 'Bạc Liêu', 'Đà Nẵng']);
		expect(names('rankA', true)).toEqual(['Bạc Liêu', 'An Giang', 'Cần Thơ', 'Đà Nẵng']);
		expect(names('name', false)).toEqual(['An Giang', 'Bạc Liêu', 'Cần Thơ', 'Đà Nẵng']);
		expect(names('moved', true)).toEqual(['An Giang', 'Bạc Liêu', 'Cần Thơ', 'Đà Nẵng']);
	});

	it('shows no move and no difference for identical scenarios', () => {
		const rows = compareRows(units, b, b);
		expect(movedCount(rows)).toBe(0);
		expect(rows.every((r) => r.diff === 0)).toBe(true);
	});
});
