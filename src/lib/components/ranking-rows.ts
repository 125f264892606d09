// Rows of the live ranking: scores of the index, sub-indices and pillars, rank change against the
// baseline, sorted and filtered as the user chose.

export interface RankingRow {
	unit: number;
	code: string;
	name: string;
	region: string;
	regionCode: string;
	rank: number;
	/** Baseline rank minus current rank (positive = moved up); null when either is unranked. */
	change: number | null;
	ratio: number;
	/** Scores by column key (node code). */
	scores: Record<string, number>;
}

export type SortKey = 'rank' | 'change' | 'name' | 'ratio' | 'region' | `score:${string}`;

export function rankChange(baseline: number | undefined, current: number): number | null {
	return baseline && current ? baseline - current : null;
}

/** `next`, or `prev` when it holds the same contents: views skip rows whose object is unchanged. */
export function stable(prev: RankingRow | undefined, next: RankingRow): RankingRow {
	if (!prev) return next;
	for (const k of ['unit', 'code', 'name', 'region', 'regionCode', 'rank', 'change'] as const)
		if (prev[k] !== next[k]) return next;
	if (!Object.is(prev.ratio, next.ratio)) return next;
	const keys = Object.keys(next.scores);
	if (keys.length !== Object.keys(prev.scores).length) return next;
	for (const k of keys) if (!Object.is(prev.scores[k], next.scores[k])) return next;
	return prev;
}

/** Sort rows; missing values (NaN, null, unranked) always last, whatever the direction. */
export function sortRows(
	rows: RankingRow[],
	key: SortKey,
	descending: boolean,
	collator: Intl.Collator
): RankingRow[] {
	const value = (r: RankingRow): number | string | null => {
		if (key === 'rank') return r.rank || null;
		if (key === 'change') return r.change;
		if (key === 'name') return r.name;
		if (key === 'region') return r.region;
		if (key === 'ratio') return Number.isNaN(r.ratio) ? null : r.ratio;
		const s = r.scores[key.slice(6)];
		return Number.isNaN(s) ? null : s;
	};
	const sign = descending ? -1 : 1;
	return [...rows].sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		if (va === null || vb === null) return va === vb ? a.unit - b.unit : va === null ? 1 : -1;
		const cmp =
			typeof va === 'string' ? collator.compare(va, vb as string) : (va as number) - (vb as number);
		return sign * cmp || a.unit - b.unit;
	});
}
