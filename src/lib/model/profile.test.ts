// Profile helpers against hand-computed medians, ranks and strongest/weakest lists, with ties and
// missing values.
import { describe, expect, it } from 'vitest';
import {
	indicatorStandings,
	median,
	nodeProfile,
	regionMedian,
	regionMembers,
	sortStandings,
	standing,
	strongestWeakest,
	type IndicatorStanding
} from './profile';

const N = NaN;

describe('median', () => {
	it('takes the middle value, or the mean of the two middle values, of present values', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 10])).toBe(3.5);
		expect(median([N, 7, N, 1, 2])).toBe(2);
		expect(median([N, 8, 2, N])).toBe(5);
	});

	it('is NaN without any present value', () => {
		expect(median([])).toBeNaN();
		expect(median([N, N])).toBeNaN();
	});

	it('restricts to members when given', () => {
		expect(median([10, 20, 30, 40, 50], [0, 3, 4])).toBe(40);
		expect(median([10, N, 30, 40], [1, 2])).toBe(30);
		expect(median([10, 20], [])).toBeNaN();
	});
});

describe('region median', () => {
	const regions = ['A', 'B', 'A', undefined, 'A', 'B'];
	const values = [60, 10, 20, 99, N, 30];

	it('lists the units of a region, none for an unknown region', () => {
		expect(regionMembers(regions, 'A')).toEqual([0, 2, 4]);
		expect(regionMembers(regions, undefined)).toEqual([]);
		expect(regionMembers(regions, 'Z')).toEqual([]);
	});

	it('is the median of the region’s present values', () => {
		expect(regionMedian(values, regions, 'A')).toBe(40);
		expect(regionMedian(values, regions, 'B')).toBe(20);
		expect(regionMedian(values, regions, undefined)).toBeNaN();
	});
});

describe('standing', () => {
	const scores = [50, 80, N, 80, 20];

	it('uses competition ranks among present values, n = number of present values', () => {
		expect(standing(scores, 1)).toEqual({ score: 80, rank: 1, n: 4 });
		expect(standing(scores, 3)).toEqual({ score: 80, rank: 1, n: 4 });
		expect(standing(scores, 0)).toEqual({ score: 50, rank: 3, n: 4 });
		expect(standing(scores, 4)).toEqual({ score: 20, rank: 4, n: 4 });
	});

	it('gives rank 0 to a missing score', () => {
		expect(standing(scores, 2)).toEqual({ score: N, rank: 0, n: 4 });
	});

	it('ranks within members only', () => {
		expect(standing(scores, 0, [0, 2, 4])).toEqual({ score: 50, rank: 1, n: 2 });
		expect(standing(scores, 4, [0, 2, 4])).toEqual({ score: 20, rank: 2, n: 2 });
		expect(standing(scores, 1, [0, 4]).rank).toBe(0);
	});
});

describe('indicator standings', () => {
	it('rank the unit on each indicator column', () => {
		const cols = [
			[10, 30, 20],
			[N, 5, 5],
			[1, N, 0]
		];
		expect(indicatorStandings(cols, 1)).toEqual([
			{ indicator: 0, score: 30, rank: 1, n: 3 },
			{ indicator: 1, score: 5, rank: 1, n: 2 },
			{ indicator: 2, score: N, rank: 0, n: 2 }
		]);
	});
});

describe('strongest and weakest', () => {
	const s = (indicator: number, rank: number, score: number, n = 63): IndicatorStanding => ({
		indicator,
		rank,
		score,
		n
	});
	const ids = (xs: IndicatorStanding[]) => xs.map((x) => x.indicator);

	it('picks the lowest ranks as strongest and the highest as weakest, missing excluded', () => {
		const list = [
			s(0, 12, 50),
			s(1, 3, 70),
			s(2, 0, N),
			s(3, 40, 20),
			s(4, 1, 100),
			s(5, 63, 0),
			s(6, 7, 66),
			s(7, 0, N),
			s(8, 25, 40),
			s(9, 55, 10),
			s(10, 30, 35),
			s(11, 2, 90)
		];
		const { strongest, weakest } = strongestWeakest(list);
		expect(ids(strongest)).toEqual([4, 11, 1, 6, 0]);
		expect(ids(weakest)).toEqual([5, 9, 3, 10, 8]);
	});

	it('breaks rank ties by score, then by framework order', () => {
		const list = [
			s(0, 2, 80),
			s(1, 2, 85),
			s(2, 1, 100),
			s(3, 2, 85),
			s(4, 5, 60),
			s(5, 5, 61),
			s(6, 9, 30),
			s(7, 9, 30),
			s(8, 9, 25),
			s(9, 9, 31),
			s(10, 9, 25),
			s(11, 8, 40)
		];
		const { strongest, weakest } = strongestWeakest(list);
		expect(ids(strongest)).toEqual([2, 1, 3, 0, 5]);
		expect(ids(weakest)).toEqual([8, 10, 6, 7, 9]);
	});

	it('never lists an indicator twice when few are ranked', () => {
		const list = [s(0, 4, 10), s(1, 1, 90), s(2, 0, N), s(3, 2, 50), s(4, 3, 20)];
		const { strongest, weakest } = strongestWeakest(list, 3);
		expect(ids(strongest)).toEqual([1, 3, 4]);
		expect(ids(weakest)).toEqual([0]);
		expect(strongestWeakest([s(0, 0, N)])).toEqual({ strongest: [], weakest: [] });
	});
});

describe('node profile', () => {
	it('puts the standing next to the national and regional medians', () => {
		expect(nodeProfile([40, 10, N, 30, 20], 3, [1, 2, 3])).toEqual({
			score: 30,
			rank: 2,
			n: 4,
			national: 25,
			regional: 20
		});
	});
});

describe('sorting standings', () => {
	const list: IndicatorStanding[] = [
		{ indicator: 0, score: 40, rank: 3, n: 4 },
		{ indicator: 1, score: N, rank: 0, n: 3 },
		{ indicator: 2, score: 90, rank: 1, n: 4 },
		{ indicator: 3, score: 40, rank: 3, n: 4 },
		{ indicator: 4, score: 0, rank: 4, n: 4 }
	];
	const order = (key: 'indicator' | 'score' | 'rank', dir: 1 | -1) =>
		sortStandings(list, key, dir).map((s) => s.indicator);

	it('sorts by rank either way, ties in framework order, unranked last', () => {
		expect(order('rank', 1)).toEqual([2, 0, 3, 4, 1]);
		expect(order('rank', -1)).toEqual([4, 0, 3, 2, 1]);
	});

	it('sorts by score and by framework order', () => {
		expect(order('score', -1)).toEqual([2, 0, 3, 4, 1]);
		expect(order('score', 1)).toEqual([4, 0, 3, 2, 1]);
		expect(order('indicator', -1)).toEqual([4, 3, 2, 1, 0]);
	});
});
