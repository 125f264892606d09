// A whole new dataset from a read data sheet (for "new model from files" and the command): the
// file's units in file order, known provinces given their official code and name.
import type { DatasetWithDenominators } from '../model/dataset';
import type { Unit } from '../model/types';
import { readCellNumber, type Decimal } from './dialect';
import { cellText } from './grid';
import { issue, type ImportIssue } from './import-issues';
import { rangeParams } from './import-plan';
import type { Layout, UnitRef } from './layout-types';
import { outside, type Ranges } from './plausible';
import type { KnownUnits } from './unit-match';

export interface DatasetSource {
	indicators: string[];
	/**
	 * Province lists (e.g. the 63 of 2023, the 34 of 2025) to take codes and names from: the first
	 * that knows every unit of the file is used; none when no list fits.
	 */
	known?: KnownUnits[];
	ranges?: Ranges;
	/** Declared denominator columns: each must be in the file; read like the values. */
	denominators?: string[];
}

function unitOf(ref: UnitRef, known: KnownUnits | undefined): Unit | null {
	const code = ref.code?.trim() ?? '';
	const name = ref.name?.trim() ?? '';
	const m = known?.matcher.match(ref);
	const region = ref.region ? { region: ref.region } : {};
	if (m?.ok) {
		const k = (known as KnownUnits).units[m.unit];
		return {
			code: k.code,
			name: k.name,
			...(k.region ? { region: k.region } : {}),
			...region
		};
	}
	if (!code && !name) return null;
	return { code: code || name, name: name || code, ...region };
}

export function datasetFromLayout(
	layout: Layout,
	decimal: Decimal,
	source: DatasetSource
): { dataset?: DatasetWithDenominators; issues: ImportIssue[] } {
	const issues: ImportIssue[] = [];
	const units: Unit[] = [];
	const index = new Map<string, number>();
	const firstAt = new Map<string, string>();
	const filled = new Set<number>();
	for (const c of layout.cells) if (cellText(c.cell) !== '') filled.add(c.unit);
	const known = source.known?.find((list) =>
		layout.units.every((ref) => list.matcher.match(ref).ok || !(ref.code || ref.name))
	);
	const refUnit = layout.units.map((ref, k) => {
		const unit = unitOf(ref, known);
		if (!unit) {
			if (filled.has(k))
				issues.push(
					issue(
						'missing-unit',
						{ row: ref.row, col: ref.col },
						ref.header ? { header: ref.header } : {}
					)
				);
			return -1;
		}
		const seen = index.get(unit.code);
		if (seen !== undefined && layout.kind !== 'long') {
			const first = firstAt.get(unit.code) as string;
			issues.push(
				issue(
					'duplicate-unit',
					{ row: ref.row, col: ref.col },
					{
						unit: `${unit.name} (${unit.code})`,
						code: unit.code,
						unitCode: unit.code,
						first,
						...(ref.header ? { header: ref.header } : {})
					}
				)
			);
			return -1;
		}
		if (seen !== undefined) return seen;
		index.set(unit.code, units.length);
		firstAt.set(unit.code, `${ref.col}${ref.row}`);
		units.push(unit);
		return units.length - 1;
	});
	const m = source.indicators.length;
	const pos = new Map(source.indicators.map((c, p) => [c, p]));
	const values = new Float64Array(units.length * m).fill(NaN);
	const seenCell = new Map<number, string>();
	const names = source.denominators ?? [];
	const denominators = names.map(() => new Float64Array(units.length).fill(NaN));
	const found = new Set<string>();
	for (const c of layout.cells) {
		const u = refUnit[c.unit];
		if (u < 0) continue;
		const at = { row: c.row, col: c.col };
		if (c.denominator) {
			found.add(c.indicator);
			const v = readCellNumber(c.cell, decimal);
			if (v.kind === 'text')
				issues.push(
					issue('not-a-number', at, {
						text: v.text,
						header: c.header,
						unitCode: units[u].code
					})
				);
			else if (v.kind === 'number') denominators[names.indexOf(c.indicator)][u] = v.value;
			continue;
		}
		const key = u * m + (pos.get(c.indicator) as number);
		const seen = seenCell.get(key);
		if (seen !== undefined) {
			const unit = `${units[u].name} (${units[u].code})`;
			issues.push(issue('duplicate-cell', at, { unit, indicator: c.indicator, first: seen }));
			continue;
		}
		seenCell.set(key, `${c.col}${c.row}`);
		const v = readCellNumber(c.cell, decimal);
		if (v.kind === 'text')
			issues.push(
				issue('not-a-number', at, {
					text: v.text,
					header: c.header,
					unitCode: units[u].code
				})
			);
		else if (v.kind === 'number') {
			values[key] = v.value;
			const range = source.ranges?.get(c.indicator);
			if (outside(v.value, range))
				issues.push(
					issue('out-of-range', at, rangeParams(c.indicator, cellText(c.cell), range), 'warning')
				);
		}
	}
	for (const name of names)
		if (!found.has(name))
			issues.push(issue('missing-column', { row: layout.headerRow }, { header: name }));
	if (units.length === 0 && !issues.length)
		issues.push(issue('no-data-rows', { row: layout.headerRow }));
	if (issues.some((i) => i.severity === 'error')) return { issues };
	const dataset: DatasetWithDenominators = { units, indicators: [...source.indicators], values };
	if (names.length) dataset.denominators = { names, columns: denominators };
	return { dataset, issues };
}
