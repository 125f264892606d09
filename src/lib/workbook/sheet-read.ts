// Reading values back from sheet grids (as HyperFormula returns them): numbers or NaN, by column.
import { FIRST_COL, FIRST_ROW } from './layout';
import type { NodeCell } from './node-cells';

/** A cell value as a number; anything else (blank, text, error) is NaN, i.e. missing. */
export function toNumber(v: unknown): number {
	return typeof v === 'number' ? v : NaN;
}

/** `count` unit columns of a matrix sheet from column `first` (0-based), one value per unit. */
export function readColumns(
	values: unknown[][],
	count: number,
	nUnits: number,
	first = FIRST_COL
): Float64Array[] {
	return Array.from({ length: count }, (_, j) =>
		Float64Array.from({ length: nUnits }, (_, u) => toNumber(values[FIRST_ROW + u]?.[first + j]))
	);
}

/** Scores of every node (tree order) from the sheets holding them, each sheet read once. */
export function readNodeScores(
	cells: NodeCell[],
	nUnits: number,
	sheetValues: (sheet: string) => unknown[][]
): Float64Array[] {
	const out = cells.map(() => new Float64Array(nUnits));
	const bySheet = new Map<string, number[]>();
	cells.forEach((c, i) => bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), i]));
	for (const [sheet, nodes] of bySheet) {
		const values = sheetValues(sheet);
		for (const i of nodes)
			for (let u = 0; u < nUnits; u++) out[i][u] = toNumber(values[FIRST_ROW + u]?.[cells[i].col]);
	}
	return out;
}
