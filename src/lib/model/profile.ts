// Pure helpers of the province profile: medians of present values (national and regional), one
// unit's standing on a score (competition rank of n), and its strongest and weakest indicators.
import { competitionRanks } from './rank';

/** Median of the present (non-NaN) values, optionally only at the `members` indices; NaN if none. */
export function median(values: ArrayLike<number>, members?: readonly number[]): number {
	const present: number[] = [];
	const take = (i: number) => {
		if (!Number.isNaN(values[i])) present.push(values[i]);
	};
	if (members) members.forEach(take);
	else for (let i = 0; i < values.length; i++) take(i);
	if (present.length === 0) return NaN;
	present.sort((a, b) => a - b);
	const mid = present.length >> 1;
	return present.length % 2 ? present[mid] : (present[mid - 1] + present[mid]) / 2;
}

/** Indices of the units in `region`; none when the region is unknown. */
export function regionMembers(regions: readonly (string | undefined)[], region?: string): number[] {
	if (!region) return [];
	const out: number[] = [];
	regions.forEach((r, i) => {
		if (r === region) out.push(i);
	});
	return out;
}

/** Median over the units of one region (present values only); NaN for an unknown region. */
export function regionMedian(
	values: ArrayLike<number>,
	regions: readonly (string | undefined)[],
	region?: string
): number {
	return median(values, regionMembers(regions, region));
}

export interface Standing {
	score: number;
	/** Competition rank, descending (1 = best); 0 when the unit's score is missing. */
	rank: number;
	/** Number of units with a score (the "of n"). */
	n: number;
}

/** A unit's score, rank and number of ranked units, optionally among `members` only. */
export function standing(
	scores: ArrayLike<number>,
	unit: number,
	members?: readonly number[]
): Standing {
	const idx = members ?? Array.from({ length: scores.length }, (_, i) => i);
	const pos = idx.indexOf(unit);
	const sub = idx.map((i) => scores[i]);
	const score = pos < 0 ? NaN : sub[pos];
	const n = sub.filter((x) => !Number.isNaN(x)).length;
	if (Number.isNaN(score)) return { score, rank: 0, n };
	return { score, rank: competitionRanks(sub)[pos], n };
}

export interface IndicatorStanding extends Standing {
	/** Indicator position (index into tree.indicators). */
	indicator: number;
}

/** The unit's standing on every indicator, from the normalised scores (one column per indicator). */
export function indicatorStandings(
	columns: readonly ArrayLike<number>[],
	unit: number
): IndicatorStanding[] {
	return columns.map((col, indicator) => ({ indicator, ...standing(col, unit) }));
}

/** Best first: lower rank, then higher score, then framework order; unranked last. */
export function byRank(a: IndicatorStanding, b: IndicatorStanding): number {
	return (
		(a.rank || Infinity) - (b.rank || Infinity) || b.score - a.score || a.indicator - b.indicator
	);
}

/**
 * The `k` strongest and `k` weakest indicators by rank among units, missing values excluded.
 * Ties on rank go to the higher (strongest) or lower (weakest) normalised score, then to framework
 * order, so the lists are always of length k when enough indicators are present. With fewer than
 * 2k ranked indicators, the weakest list takes only those not already among the strongest.
 */
export function strongestWeakest(
	standings: readonly IndicatorStanding[],
	k = 5
): { strongest: IndicatorStanding[]; weakest: IndicatorStanding[] } {
	const ranked = standings.filter((s) => s.rank > 0).sort(byRank);
	const strongest = ranked.slice(0, k);
	const rest = ranked.slice(strongest.length);
	const weakest = rest
		.sort((a, b) => b.rank - a.rank || a.score - b.score || a.indicator - b.indicator)
		.slice(0, k);
	return { strongest, weakest };
}

export interface NodeProfile extends Standing {
	national: number;
	regional: number;
}

/** A unit's standing on one score with the national median and the median of its region. */
export function nodeProfile(
	scores: ArrayLike<number>,
	unit: number,
	members: readonly number[]
): NodeProfile {
	return { ...standing(scores, unit), national: median(scores), regional: median(scores, members) };
}

export type StandingKey = 'indicator' | 'score' | 'rank';

/** Sorted copy by framework order, score or rank (dir 1 ascending, −1 descending); missing last. */
export function sortStandings(
	standings: readonly IndicatorStanding[],
	key: StandingKey,
	dir: 1 | -1
): IndicatorStanding[] {
	const value = (s: IndicatorStanding) =>
		key === 'rank' ? s.rank || NaN : key === 'score' ? s.score : s.indicator;
	return [...standings].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		const na = Number.isNaN(va);
		if (na !== Number.isNaN(vb)) return na ? 1 : -1;
		return (na ? 0 : dir * (va - vb)) || a.indicator - b.indicator;
	});
}
