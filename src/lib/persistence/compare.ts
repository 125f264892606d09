// Two scenarios side by side: each unit's index score and rank in A and in B, the score difference
// and the rank move; sortable on any column with missing values always last.
import { competitionRanks } from '../model/rank';

export interface CompareRow {
	unit: number;
	code: string;
	name: string;
	scoreA: number;
	rankA: number;
	scoreB: number;
	rankB: number;
	/** Score B − A (NaN when either is missing). */
	diff: number;
	/** Rank A − rank B: positive = better in B; null when unranked in either. */
	moved: number | null;
}

export type CompareKey = 'name' | 'scoreA' | 'rankA' | 'scoreB' | 'rankB' | 'diff' | 'moved';

export function compareRows(
	units: { code: string; name: string }[],
	a: Float64Array,
	b: Float64Array
): CompareRow[] {
	const ra = competitionRanks(a);
	const rb = competitionRanks(b);
	return units.map((u, i) => ({
		unit: i,
		code: u.code,
		name: u.name,
		scoreA: a[i],
		rankA: ra[i],
		scoreB: b[i],
		rankB: rb[i],
		diff: b[i] - a[i],
		moved: ra[i] && rb[i] ? ra[i] - rb[i] : null
	}));
}

function valueOf(r: CompareRow, key: CompareKey): number | string | null {
	if (key === 'name') return r.name;
	if (key === 'moved') return r.moved;
	if (key === 'rankA' || key === 'rankB') return r[key] || null;
	return Number.isNaN(r[key]) ? null : r[key];
}

/** Sorted copy; ties keep the unit order; missing values last in both directions. */
export function sortCompareRows(
	rows: CompareRow[],
	key: CompareKey,
	descending: boolean,
	collator: Intl.Collator
): CompareRow[] {
	const sign = descending ? -1 : 1;
	return [...rows].sort((x, y) => {
		const a = valueOf(x, key);
		const b = valueOf(y, key);
		if (a === null || b === null) return a === b ? x.unit - y.unit : a === null ? 1 : -1;
		const cmp =
			typeof a === 'string' ? collator.compare(a, b as string) : (a as number) - (b as number);
		return sign * cmp || x.unit - y.unit;
	});
}

/** How many units rank differently in B than in A. */
export function movedCount(rows: CompareRow[]): number {
	return rows.filter((r) => r.moved !== null && r.moved !== 0).length;
}
