// What an accepted import would change in the model: cells added, changed and cleared, as one
// block of edits (one undo step); every unknown, repeated or non-numeric entry is a located error.
import type { Unit } from '../model/types';
import { readCellNumber, type Decimal } from './dialect';
import { cellText } from './grid';
import { issue, type ImportIssue } from './import-issues';
import type { Layout } from './layout-types';
import { outside, type Ranges } from './plausible';
import type { UnitMatcher } from './unit-match';

export interface ImportTarget {
	/** Indicator codes in data column order. */
	indicators: string[];
	units: Unit[];
	/** Current raw values, one column per indicator (NaN = missing). */
	current: Float64Array[];
	matcher: UnitMatcher;
	ranges?: Ranges;
}

/** Empty cells in the file: leave the model's value (default) or clear it. */
export type BlankRule = 'keep' | 'clear';

export interface CellChange {
	unit: number;
	indicator: number;
	before: number;
	after: number | null;
	kind: 'added' | 'changed' | 'cleared';
	row: number;
	col: string;
}

export interface ImportPlan {
	edits: { unit: number; indicator: number; value: number | null }[];
	changes: CellChange[];
	counts: { added: number; changed: number; cleared: number; unchanged: number; blank: number };
	/** Units and indicator positions the file speaks about (sorted). */
	units: number[];
	indicators: number[];
}

export const unitLabel = (u: Unit) => `${u.name} (${u.code})`;

/** Resolve each unit reference of the file to a model unit (-1 when refused). */
export function resolveUnits(
	layout: Layout,
	matcher: UnitMatcher,
	units: Unit[],
	issues: ImportIssue[]
): number[] {
	const filledRef = new Set<number>();
	for (const c of layout.cells) if (cellText(c.cell) !== '') filledRef.add(c.unit);
	const first = new Map<number, string>();
	return layout.units.map((ref, k) => {
		const m = matcher.match(ref);
		const at = { row: ref.row, col: ref.col };
		const header: Record<string, string> = ref.header ? { header: ref.header } : {};
		if (!m.ok) {
			if (m.reason === 'unknown')
				issues.push(issue('unknown-unit', at, { text: m.text, ...header }));
			else if (m.reason === 'mismatch')
				issues.push(
					issue('unit-mismatch', at, {
						code: m.code,
						unit: unitLabel(units[m.unit]),
						name: m.name,
						...header
					})
				);
			else if (filledRef.has(k)) issues.push(issue('missing-unit', at, header));
			return -1;
		}
		if (layout.kind !== 'long') {
			const seen = first.get(m.unit);
			if (seen !== undefined) {
				issues.push(
					issue('duplicate-unit', at, {
						unit: unitLabel(units[m.unit]),
						code: units[m.unit].code,
						unitCode: units[m.unit].code,
						first: seen,
						...header
					})
				);
				return -1;
			}
			first.set(m.unit, `${ref.col}${ref.row}`);
		}
		return m.unit;
	});
}

export function planImport(
	layout: Layout,
	decimal: Decimal,
	target: ImportTarget,
	blank: BlankRule = 'keep'
): { plan: ImportPlan; issues: ImportIssue[] } {
	const issues: ImportIssue[] = [];
	const resolved = resolveUnits(layout, target.matcher, target.units, issues);
	const pos = new Map(target.indicators.map((c, p) => [c, p]));
	const counts = { added: 0, changed: 0, cleared: 0, unchanged: 0, blank: 0 };
	const changes: CellChange[] = [];
	const seenCell = new Map<number, string>();
	const units = new Set<number>();
	const indicators = new Set<number>();
	for (const c of layout.cells) {
		const u = resolved[c.unit];
		const p = pos.get(c.indicator) as number;
		if (u < 0 || c.denominator) continue;
		const at = { row: c.row, col: c.col };
		if (layout.kind === 'long') {
			const key = u * target.indicators.length + p;
			const seen = seenCell.get(key);
			if (seen !== undefined) {
				const unit = unitLabel(target.units[u]);
				issues.push(issue('duplicate-cell', at, { unit, indicator: c.indicator, first: seen }));
				continue;
			}
			seenCell.set(key, `${c.col}${c.row}`);
		}
		units.add(u);
		indicators.add(p);
		const v = readCellNumber(c.cell, decimal);
		if (v.kind === 'text') {
			issues.push(
				issue('not-a-number', at, {
					text: v.text,
					header: c.header,
					unitCode: target.units[u].code
				})
			);
			continue;
		}
		if (v.kind === 'blank' && blank === 'keep') {
			counts.blank++;
			continue;
		}
		const after = v.kind === 'number' ? v.value : null;
		const range = target.ranges?.get(c.indicator);
		if (after !== null && outside(after, range))
			issues.push(
				issue('out-of-range', at, rangeParams(c.indicator, cellText(c.cell), range), 'warning')
			);
		const before = target.current[p][u];
		const kind =
			after === null
				? Number.isNaN(before)
					? null
					: 'cleared'
				: Number.isNaN(before)
					? 'added'
					: before === after
						? null
						: 'changed';
		if (kind === null) counts.unchanged++;
		else {
			counts[kind]++;
			changes.push({ unit: u, indicator: p, before, after, kind, row: c.row, col: c.col });
		}
	}
	const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
	return {
		plan: {
			edits: changes.map((c) => ({ unit: c.unit, indicator: c.indicator, value: c.after })),
			changes,
			counts,
			units: sorted(units),
			indicators: sorted(indicators)
		},
		issues
	};
}

export function rangeParams(
	indicator: string,
	text: string,
	range: { min: number; max: number } | undefined
) {
	return { indicator, text, min: String(range?.min), max: String(range?.max) };
}
