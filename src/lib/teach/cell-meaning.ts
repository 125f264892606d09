// What a workbook cell stands for (a raw value, a bound, a score of a node for a unit, a weight…),
// and where a node's score for a unit lives: the bridge between sheet addresses and the model.
import type { Tree } from '../model/tree';
import { ratioNodes, type NodeCell } from '../workbook/build';
import { BOUNDS_MAX_ROW, FIRST_COL, FIRST_ROW, FW, SHEETS } from '../workbook/layout';
import type { CellRef } from './formula-tokens';

export type CellMeaning =
	| { kind: 'raw'; node: number; unit: number }
	| { kind: 'stage'; node: number; unit: number; sheet: string }
	| { kind: 'bound'; node: number; bound: 'min' | 'max' }
	| { kind: 'score'; node: number; unit: number }
	| { kind: 'result'; node: number; unit: number }
	| { kind: 'ratio'; unit: number }
	| { kind: 'weight'; node: number }
	| { kind: 'direction'; node: number }
	| { kind: 'label' };

const LEVEL_SHEET = /^Level(\d+)$/;
/** Optional stages between the raw data and the bounds (one value per unit and indicator). */
const STAGE_SHEETS = ['Denominated', 'Imputed', 'Treated'];

/** The meaning of the cell at `ref` in a workbook built from `tree` for `nUnits` units. */
export function cellMeaning(tree: Tree, nUnits: number, ref: CellRef): CellMeaning {
	const { sheet, row, col } = ref;
	const label: CellMeaning = { kind: 'label' };
	if (sheet === SHEETS.framework) {
		const node = row - 1;
		if (node < 0 || node >= tree.nodes.length) return label;
		if (col === FW.weight) return { kind: 'weight', node };
		if (col === FW.direction && tree.children[node].length === 0)
			return { kind: 'direction', node };
		return label;
	}
	const unit = row - FIRST_ROW;
	const k = col - FIRST_COL;
	if (k < 0) return label;
	if (sheet === SHEETS.bounds) {
		const node = tree.indicators[k];
		if (node === undefined || row < 1 || row > BOUNDS_MAX_ROW) return label;
		return { kind: 'bound', node, bound: row === BOUNDS_MAX_ROW ? 'max' : 'min' };
	}
	if (unit < 0 || unit >= nUnits) return label;
	if (sheet === SHEETS.data || sheet === SHEETS.normalised || STAGE_SHEETS.includes(sheet)) {
		const node = tree.indicators[k];
		if (node === undefined) return label;
		if (sheet === SHEETS.data) return { kind: 'raw', node, unit };
		return sheet === SHEETS.normalised
			? { kind: 'score', node, unit }
			: { kind: 'stage', node, unit, sheet };
	}
	if (sheet === SHEETS.results) {
		const nodes = [tree.root, ...tree.children[tree.root]];
		if (k < nodes.length) return { kind: 'result', node: nodes[k], unit };
		return k === nodes.length && ratioNodes(tree) ? { kind: 'ratio', unit } : label;
	}
	const level = LEVEL_SHEET.exec(sheet);
	const node = level ? tree.aggregatesByLevel.get(Number(level[1]))?.[k] : undefined;
	return node === undefined ? label : { kind: 'score', node, unit };
}

/** The cell holding `node`'s score for `unit` (Normalised for indicators, LevelN for aggregates). */
export function scoreCell(cells: readonly NodeCell[], node: number, unit: number): CellRef {
	return { sheet: cells[node].sheet, row: FIRST_ROW + unit, col: cells[node].col };
}

/** The raw value cell of an indicator (by indicator position) for `unit`. */
export function rawCell(indicator: number, unit: number): CellRef {
	return { sheet: SHEETS.data, row: FIRST_ROW + unit, col: FIRST_COL + indicator };
}

/** Framework cell of a node's weight (`W_<code>`). */
export function weightCell(node: number): CellRef {
	return { sheet: SHEETS.framework, row: node + 1, col: FW.weight };
}

/** Key of a cell for sets and lists. */
export function cellKey(ref: CellRef): string {
	return `${ref.sheet}!${ref.row}:${ref.col}`;
}
