// Ranking rows: rank change sign, sorting with missing values last in both directions.
import { describe, expect, it } from 'vitest';
import { rankChange, sortRows, stable, type RankingRow } from './ranking-rows';

const row = (unit: number, name: string, rank: number, score: number): RankingRow => ({
	unit,
	code: String(unit),
	name,
	region: '',
	regionCode: '',
	rank,
	change: null,
	ratio: NaN,
	scores: { PII: score }
});

const rows = [row(0, 'Đà Nẵng', 2, 50), row(1, 'An Giang', 0, NaN), row(2, 'Bắc Ninh', 1, 60)];
const collator = new Intl.Collator('vi');

describe('ranking rows', () => {
	it('counts a move up as positive', () => {
		expect(rankChange(5, 2)).toBe(3);
		expect(rankChange(0, 2)).toBeNull();
	});
	it('sorts by rank with the unranked last', () => {
		expect(sortRows(rows, 'rank', false, collator).map((r) => r.unit)).toEqual([2, 0, 1]);
		expect(sortRows(rows, 'rank', true, collator).map((r) => r.unit)).toEqual([0, 2, 1]);
	});
	it('sorts by score descending with missing last', () => {
		expect(sortRows(rows, 'score:PII', true, collator).map((r) => r.unit)).toEqual([2, 0, 1]);
	});
	it('sorts names the Vietnamese way (Đ after D)', () => {
		expect(sortRows(rows, 'name', false, collator).map((r) => r.name)).toEqual([
			'An Giang',
			'Bắc Ninh',
			'Đà Nẵng'
		]);
	});
	it('keeps the previous row object only when nothing in it changed', () => {
		const a = row(0, 'Đà Nẵng', 2, 50);
		expect(stable(a, row(0, 'Đà Nẵng', 2, 50))).toBe(a);
		expect(stable(undefined, a)).toBe(a);
		for (const next of [
			row(0, 'Đà Nẵng', 3, 50),
			row(0, 'Đà Nẵng', 2, 50.000001),
			row(0, 'Da Nang', 2, 50),
			{ ...row(0, 'Đà Nẵng', 2, 50), change: 1 },
			{ ...row(0, 'Đà Nẵng', 2, 50), ratio: 1 },
			{ ...row(0, 'Đà Nẵng', 2, 50), scores: { PII: 50, IN: 1 } }
		])
			expect(stable(a, next)).toBe(next);
		const missing = row(1, 'An Giang', 0, NaN);
		expect(stable(missing, row(1, 'An Giang', 0, NaN))).toBe(missing);
	});
});
