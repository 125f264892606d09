// Diagnostics against hand computation: Pearson r of [1, 2, 3] and [2, 4, 7] = 5/√(2·114/9);
// Cronbach's alpha of the same two items = 30/37; statistics, flags and degenerate columns.
import { describe, expect, it } from 'vitest';
import { frameworkParams, createKernel } from '../kernel';
import { diagnosticsReport } from './diagnostics-report';
import { ancestorAt, cronbachAlpha, indicatorStats, pearson, pillarLevel } from './diagnostics';
import { TOY_DATA, TOY_ROWS, toyColumns, toyTree } from './toy';

describe('pearson', () => {
	it('matches the hand value and skips missing pairs', () => {
		expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(5 / Math.sqrt((2 * 114) / 9), 12);
		expect(pearson([1, 2, NaN, 3], [2, 4, 100, 7])).toBeCloseTo(0.99339, 4);
		expect(pearson([1, 2, 3], [-1, -2, -3])).toBeCloseTo(-1, 12);
	});
	it('is NaN without spread or below two pairs (degenerate)', () => {
		expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
		expect(pearson([1, NaN], [NaN, 2])).toBeNaN();
	});
});

describe('cronbachAlpha', () => {
	it('matches the hand value 30/37', () => {
		expect(
			cronbachAlpha([
				[1, 2, 3],
				[2, 4, 7]
			])
		).toBeCloseTo(30 / 37, 12);
	});
	it('uses complete units only, and is NaN for one item (degenerate)', () => {
		expect(
			cronbachAlpha([
				[1, 2, 3, 9],
				[2, 4, 7, NaN]
			])
		).toBeCloseTo(30 / 37, 12);
		expect(cronbachAlpha([[1, 2, 3]])).toBeNaN();
	});
});

describe('indicatorStats', () => {
	it('computes the descriptive statistics and the missing share', () => {
		const s = indicatorStats([4, NaN, 1, 3, 2]);
		expect(s).toMatchObject({ n: 4, min: 1, max: 4, mean: 2.5, median: 2.5, missing: 0.2 });
		expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
		expect(s.skew).toBeCloseTo(0, 12);
		expect(s.kurt).toBeCloseTo(-1.2, 12); // Excel KURT of 1, 2, 3, 4
		expect(s.flagged).toBe(false);
	});
	it('flags a heavy outlier', () => {
		const s = indicatorStats([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 50]);
		expect(s.skew).toBeGreaterThan(2.25);
		expect(s.kurt).toBeGreaterThan(3.5);
		expect(s.flagged).toBe(true);
	});
	it('gives NaN statistics for an empty column (degenerate)', () => {
		const s = indicatorStats([NaN, NaN]);
		expect(s.n).toBe(0);
		expect(s.min).toBeNaN();
		expect(s.missing).toBe(1);
	});
});

describe('diagnosticsReport', () => {
	it('correlates indicators with their pillar and pillars with the index', () => {
		const tree = toyTree(TOY_ROWS);
		const columns = toyColumns(tree, TOY_DATA);
		const scores = createKernel(tree, 3).compute(columns, frameworkParams(tree)).scores;
		expect(pillarLevel(tree)).toBe(2);
		expect(ancestorAt(tree, tree.indexOf.get('a2') as number, 2)).toBe(tree.indexOf.get('A'));
		const report = diagnosticsReport(tree, columns, scores);
		const [a1, , b1] = report.indicators;
		// a1 = [0, 50, 100], A = [50, 25, 75]: r = 0.5
		expect(a1.withPillar).toBeCloseTo(0.5, 12);
		expect(b1.withPillar).toBeCloseTo(1, 12);
		expect(report.pillars.map((p) => p.indicators)).toEqual([2, 1]);
		expect(report.pillars[1].alpha).toBeNaN();
		expect(report.matrix[0][0]).toBe(1);
		expect(report.matrix[0][1]).toBeCloseTo(pearson(scores[2], scores[3]), 12);
	});
});
