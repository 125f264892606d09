// The model workbook: the only door to HyperFormula. Edits go through here; scores are read back
// from the formulas, never computed on the side.
import { HyperFormula } from 'hyperformula';
import type { Tree } from '../model/tree';
import type { Dataset, Direction } from '../model/types';
import { FIRST_COL, FIRST_ROW, FW, RATIO_HEADER, SHEETS } from './layout';
import { buildSheets, namedCells, nodeCells, type NodeCell } from './build';

export interface WorkbookOptions {
	undoLimit?: number;
}

export interface CellEdit {
	unit: number;
	/** Position among the tree's indicators (data column). */
	indicator: number;
	value: number | null;
}

function toNumber(v: unknown): number {
	return typeof v === 'number' ? v : NaN;
}

export class ModelWorkbook {
	readonly hf: HyperFormula;
	readonly cells: NodeCell[];
	private readonly sheetIds = new Map<string, number>();

	constructor(
		readonly tree: Tree,
		readonly dataset: Dataset,
		options: WorkbookOptions = {}
	) {
		const sheets = buildSheets(tree, dataset);
		this.hf = HyperFormula.buildFromSheets(
			sheets,
			{
				licenseKey: 'gpl-v3',
				smartRounding: false,
				undoLimit: options.undoLimit ?? 500,
				useColumnIndex: false
			},
			namedCells(tree)
		);
		for (const name of this.hf.getSheetNames())
			this.sheetIds.set(name, this.hf.getSheetId(name) as number);
		this.cells = nodeCells(tree);
	}

	get nUnits(): number {
		return this.dataset.units.length;
	}

	sheetId(name: string): number {
		const id = this.sheetIds.get(name);
		if (id === undefined) throw new Error(`no sheet ${name}`);
		return id;
	}

	/** Set (or clear, with null) one raw value. */
	setValue(unit: number, indicator: number, value: number | null): void {
		this.setValues([{ unit, indicator, value }]);
	}

	/** Several raw values as one recalculation and one undo step. */
	setValues(edits: CellEdit[]): void {
		for (const e of edits)
			if (e.value !== null && !Number.isFinite(e.value))
				throw new Error(`not a finite number: ${e.value}`);
		const sheet = this.sheetId(SHEETS.data);
		this.hf.batch(() => {
			for (const e of edits)
				this.hf.setCellContents(
					{ sheet, row: FIRST_ROW + e.unit, col: FIRST_COL + e.indicator },
					e.value
				);
		});
	}

	/** Relative weight of a node (tree index) within its parent. */
	setWeight(node: number, weight: number): void {
		if (!(Number.isFinite(weight) && weight >= 0)) throw new Error(`weight must be ≥ 0: ${weight}`);
		this.setFrameworkCell(node, FW.weight, weight);
	}

	/** Several weights as one recalculation and one undo step (e.g. a reset). */
	setWeights(weights: { node: number; weight: number }[]): void {
		for (const { weight } of weights)
			if (!(Number.isFinite(weight) && weight >= 0))
				throw new Error(`weight must be ≥ 0: ${weight}`);
		this.hf.batch(() => {
			for (const { node, weight } of weights) this.setFrameworkCell(node, FW.weight, weight);
		});
	}

	setDirection(node: number, direction: Direction): void {
		if (this.tree.children[node].length) throw new Error('direction applies to indicators only');
		if (direction !== 1 && direction !== -1)
			throw new Error(`direction must be 1 or -1: ${direction}`);
		this.setFrameworkCell(node, FW.direction, direction);
	}

	private setFrameworkCell(node: number, col: number, value: number): void {
		this.hf.setCellContents({ sheet: this.sheetId(SHEETS.framework), row: node + 1, col }, value);
	}

	/** Scores of one node for every unit (NaN = missing). */
	readNode(node: number): Float64Array {
		const { sheet, col } = this.cells[node];
		const id = this.sheetId(sheet);
		const values = this.hf.getRangeValues({
			start: { sheet: id, row: FIRST_ROW, col },
			end: { sheet: id, row: FIRST_ROW + this.nUnits - 1, col }
		});
		return Float64Array.from(values, (r) => toNumber(r[0]));
	}

	/** Output/input efficiency ratio per unit from the Results sheet, or null without IN and OUT. */
	readRatio(): Float64Array | null {
		const values = this.hf.getSheetValues(this.sheetId(SHEETS.results));
		const col = values[0]?.indexOf(RATIO_HEADER) ?? -1;
		if (col < 0) return null;
		return Float64Array.from({ length: this.nUnits }, (_, u) =>
			toNumber(values[FIRST_ROW + u]?.[col])
		);
	}

	/** Every value of a sheet (0-based rows × columns), as HyperFormula computes them. */
	sheetValues(name: string): unknown[][] {
		return this.hf.getSheetValues(this.sheetId(name));
	}

	/** Scores of every node (tree order), read from the formulas. */
	readAll(): Float64Array[] {
		const out: Float64Array[] = this.tree.nodes.map(() => new Float64Array(this.nUnits));
		const bySheet = new Map<string, number[]>();
		this.cells.forEach((c, i) => bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), i]));
		for (const [sheet, nodes] of bySheet) {
			const values = this.hf.getSheetValues(this.sheetId(sheet));
			for (const i of nodes) {
				const col = this.cells[i].col;
				for (let u = 0; u < this.nUnits; u++) out[i][u] = toNumber(values[FIRST_ROW + u]?.[col]);
			}
		}
		return out;
	}

	/** Weights and directions as they stand in the Framework sheet (tree order). */
	readParams(values = this.sheetValues(SHEETS.framework)): {
		weights: Float64Array;
		directions: Int8Array;
	} {
		return {
			weights: Float64Array.from(this.tree.nodes, (_, i) => toNumber(values[i + 1][FW.weight])),
			directions: Int8Array.from(this.tree.nodes, (_, i) =>
				values[i + 1][FW.direction] === -1 ? -1 : 1
			)
		};
	}

	/** Raw data columns (tree indicator order) as they stand in the Data sheet. */
	readData(values = this.sheetValues(SHEETS.data)): Float64Array[] {
		return this.tree.indicators.map((_, p) =>
			Float64Array.from({ length: this.nUnits }, (_, u) =>
				toNumber(values[FIRST_ROW + u]?.[FIRST_COL + p])
			)
		);
	}

	formulaAt(sheet: string, row: number, col: number): string | undefined {
		return this.hf.getCellFormula({ sheet: this.sheetId(sheet), row, col });
	}

	undo(): void {
		if (this.hf.isThereSomethingToUndo()) this.hf.undo();
	}

	redo(): void {
		if (this.hf.isThereSomethingToRedo()) this.hf.redo();
	}

	destroy(): void {
		this.hf.destroy();
	}
}
