// The shape of a data sheet: where the header row is and which layout follows — one row per
// province (wide), one row per indicator with a column per province, or long (unit, indicator, value).
import { cellText, type Cell, type Grid } from './grid';
import type { HeaderInfo, Layout } from './layout-types';
import { headerRoles, indicatorMatcher, type Role } from './headers';
import { issue, type ImportIssue } from './import-issues';
import { extractCells } from './layout-cells';

export type { HeaderInfo, Layout, LayoutKind, RawCell, UnitRef } from './layout-types';

const isNote = (row: Cell[]) => cellText(row.find((c) => cellText(c) !== '')).startsWith('#');

/** First column with a role (preferring the order given). */
const roleCol = (roles: HeaderInfo['roles'], role: Role) => roles.indexOf(role);

function classify(headers: string[], match: (t: string) => string | null) {
	const indicators = headers.map((h) => match(h));
	const roles = headers.map((h, c): HeaderInfo['roles'][number] => {
		if (indicators[c]) return 'indicator-code';
		const r = headerRoles(h);
		return r.includes('unitName') ? 'unitName' : (r.find((x) => x !== 'meta') ?? r[0] ?? null);
	});
	return { indicators, roles };
}

/** Roles in a one-row-per-indicator sheet: metadata columns, else a province column (null). */
function indicatorRowRoles(headers: string[], indicatorCol: number): HeaderInfo['roles'] {
	return headers.map((h, c) => {
		if (c === indicatorCol) return 'indicator';
		const r = headerRoles(h);
		return r.includes('meta') || r.includes('ignored') || r.includes('region') ? 'meta' : null;
	});
}

function detect(grid: Grid, at: number, match: (t: string) => string | null): HeaderInfo | null {
	const headers = grid.rows[at].map(cellText);
	const { indicators, roles } = classify(headers, match);
	const hasUnit = roles.includes('unitCode') || roles.includes('unitName');
	const base = { at, headers, roles, indicators };
	if (hasUnit && indicators.some(Boolean)) return { ...base, kind: 'wide', indicatorCol: -1 };
	if (hasUnit && roles.includes('indicator') && roles.includes('value'))
		return { ...base, kind: 'long', indicatorCol: roleCol(roles, 'indicator') };
	// A column (indicator, code or the first) whose values are mostly indicator codes.
	const below = grid.rows.slice(at + 1, at + 61).filter((r) => !isNote(r));
	for (const c of [roles.indexOf('indicator'), roles.indexOf('unitCode'), 0]) {
		if (c < 0 || below.length === 0) continue;
		const hits = below.filter((r) => match(cellText(r[c]))).length;
		if (hits * 2 >= below.length)
			return {
				...base,
				roles: indicatorRowRoles(headers, c),
				indicators: headers.map(() => null),
				kind: 'indicator-rows',
				indicatorCol: c
			};
	}
	if (hasUnit) return { ...base, kind: 'wide', indicatorCol: -1 };
	return null;
}

/** Find the header row (title rows above it are skipped) and read every value cell under it. */
export function readLayout(
	grid: Grid,
	indicatorCodes: string[],
	edition?: string,
	/** Columns (or long-layout rows) that are denominators, accepted beside the indicators. */
	denominators: string[] = []
): { layout?: Layout; issues: ImportIssue[] } {
	const issues: ImportIssue[] = [];
	if (grid.rows.length === 0) return { issues: [issue('empty-file')] };
	const match = indicatorMatcher(indicatorCodes);
	let header: HeaderInfo | null = null;
	for (let at = 0; at < Math.min(grid.rows.length, 10) && !header; at++)
		if (!isNote(grid.rows[at])) header = detect(grid, at, match);
	if (!header) {
		const first = grid.rows[0].map(cellText);
		const named = first.some((t) => match(t));
		return {
			issues: [issue(named ? 'no-unit-column' : 'no-header', { row: grid.lines[0] })]
		};
	}
	for (let r = 0; r < header.at; r++) {
		const filled = grid.rows[r].map(cellText).filter((t) => t !== '');
		if (isNote(grid.rows[r])) continue;
		if (filled.length > 1)
			issues.push(
				issue('extra-header-row', { row: grid.lines[r] }, { text: filled.slice(0, 3).join(' | ') })
			);
		else
			issues.push(
				issue('title-rows-skipped', { row: grid.lines[r] }, { text: filled[0] }, 'warning')
			);
	}
	const layout = extractCells(grid, header, match, edition, issues, new Set(denominators));
	return { layout, issues };
}
