// The model workbook: the only door to HyperFormula. Edits go through here; scores are read back
// from the formulas, never computed on the side. Method settings live in the Method sheet.
import { HyperFormula } from 'hyperformula';
import { denominatorsOf } from '../model/dataset';
import { defaultMethod, type MethodSettings } from '../model/method';
import { unitGroups } from '../model/methods/impute';
import type { MethodPlan } from '../model/methods/plan';
import type { MethodInputs } from '../model/methods/prepare';
import type { Tree } from '../model/tree';
import type { Dataset, Direction } from '../model/types';
import { FIRST_COL, FIRST_ROW, FW, MS, RATIO_HEADER, SHEETS } from './layout';
import { buildSheets, namedCells, nodeCells, type NodeCell } from './build';
import { methodSheets } from './build-method';
import { rewriteSheets, writeValues } from './method-edits';
import { methodFromCell, validatedMethod, type MethodState } from './method-settings';
import { readColumns, readNodeScores, toNumber } from './sheet-read';
import { readTreatmentLog, type TreatmentLogEntry } from './treatment-log';

export interface WorkbookOptions {
	undoLimit?: number;
	/** Method settings; absent = the published PII method. */
	method?: MethodSettings;
}

export interface CellEdit {
	unit: number;
	/** Position among the tree's indicators (data column). */
	indicator: number;
	value: number | null;
}

/** A stage of the pipeline whose values can be read per indicator. */
export type Stage = 'treated' | 'normalised';

export class ModelWorkbook {
	readonly hf: HyperFormula;
	readonly cells: NodeCell[];
	private readonly sheetIds = new Map<string, number>();
	private readonly groups: Int32Array;
	private parsed: MethodState | null = null;

	constructor(
		readonly tree: Tree,
		readonly dataset: Dataset,
		options: WorkbookOptions = {}
	) {
		this.groups = unitGroups(dataset.units);
		const method = validatedMethod(tree, dataset, options.method ?? defaultMethod());
		this.hf = HyperFormula.buildFromSheets(
			buildSheets(tree, dataset, method),
			{
				licenseKey: 'gpl-v3',
				smartRounding: false,
				undoLimit: options.undoLimit ?? 500,
				useColumnIndex: false
			},
			namedCells(tree)
		);
		this.refreshSheetIds();
		this.cells = nodeCells(tree);
	}

	get nUnits(): number {
		return this.dataset.units.length;
	}

	/** Names of the denominator columns the data carries (after the indicators in the Data sheet). */
	get denominatorNames(): string[] {
		return denominatorsOf(this.dataset).names;
	}

	/** The method settings in force, read back from the Method sheet (so undo restores them). */
	get method(): MethodSettings {
		return this.current().method;
	}

	/** Settings resolved per indicator and aggregate. */
	get plan(): MethodPlan {
		return this.current().plan;
	}

	private current(): MethodState {
		const cell = this.hf.getCellValue({ sheet: this.sheetId(SHEETS.method), row: 1, col: MS.json });
		return (this.parsed = methodFromCell(cell, this.tree, this.parsed));
	}

	/** Change the method: the affected sheets are rebuilt as one recalculation and one undo step. */
	setMethod(value: MethodSettings): void {
		const method = validatedMethod(this.tree, this.dataset, value);
		const input = { tree: this.tree, units: this.dataset.units, columns: this.readData() };
		const extra = { denominatorNames: this.denominatorNames, inputs: this.methodInputs() };
		const before = methodSheets({ ...input, ...extra, method: this.method });
		const after = methodSheets({ ...input, ...extra, method });
		this.hf.batch(() => rewriteSheets(this.hf, before, after));
		this.refreshSheetIds();
	}

	/** Denominator columns (from the Data sheet) and unit groups, as the method reads them. */
	methodInputs(values?: unknown[][]): MethodInputs {
		const names = this.denominatorNames;
		if (names.length === 0) return { denominators: new Map(), groups: this.groups };
		const rows = values ?? this.sheetValues(SHEETS.data);
		const first = FIRST_COL + this.tree.indicators.length;
		const columns = readColumns(rows, names.length, this.nUnits, first);
		return {
			denominators: new Map(names.map((name, j) => [name, columns[j]])),
			groups: this.groups
		};
	}

	private refreshSheetIds(): void {
		this.sheetIds.clear();
		for (const name of this.hf.getSheetNames())
			this.sheetIds.set(name, this.hf.getSheetId(name) as number);
	}

	hasSheet(name: string): boolean {
		return this.sheetIds.has(name);
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

	/** Several raw values as one recalculation and one undo step (treatment decided again). */
	setValues(edits: CellEdit[]): void {
		for (const e of edits)
			if (e.value !== null && !Number.isFinite(e.value))
				throw new Error(`not a finite number: ${e.value}`);
		const plan = this.plan;
		const columns = plan.uses.treat ? this.readData() : [];
		for (const e of edits) if (columns.length) columns[e.indicator][e.unit] = e.value ?? NaN;
		const treat = plan.uses.treat
			? { plan, columns, inputs: this.methodInputs(), nUnits: this.nUnits }
			: null;
		const sheet = this.sheetId(SHEETS.data);
		this.hf.batch(() => writeValues(this.hf, sheet, edits, treat));
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
		return readNodeScores(this.cells, this.nUnits, (sheet) => this.sheetValues(sheet));
	}

	/**
	 * Weights and directions as they stand in the Framework sheet (tree order), with the method
	 * settings and the data they read: everything the kernel needs to compute the same scores.
	 */
	readParams(values = this.sheetValues(SHEETS.framework)): {
		weights: Float64Array;
		directions: Int8Array;
		method: MethodSettings;
		inputs: MethodInputs;
	} {
		return {
			weights: Float64Array.from(this.tree.nodes, (_, i) => toNumber(values[i + 1][FW.weight])),
			directions: Int8Array.from(this.tree.nodes, (_, i) =>
				values[i + 1][FW.direction] === -1 ? -1 : 1
			),
			method: this.method,
			inputs: this.methodInputs()
		};
	}

	/** Raw data columns (tree indicator order) as they stand in the Data sheet. */
	readData(values = this.sheetValues(SHEETS.data)): Float64Array[] {
		return readColumns(values, this.tree.indicators.length, this.nUnits);
	}

	/**
	 * Values of a stage per indicator: 'treated' = what the normalisation reads (after denominators,
	 * imputation and treatment, whichever the method uses), 'normalised' = the indicator scores.
	 */
	readStage(stage: Stage): Float64Array[] {
		const chain = [SHEETS.treated, SHEETS.imputed, SHEETS.denominated, SHEETS.data];
		const sheet =
			stage === 'normalised' ? SHEETS.normalised : (chain.find((s) => this.hasSheet(s)) as string);
		return readColumns(this.sheetValues(sheet), this.tree.indicators.length, this.nUnits);
	}

	/** What the outlier treatment did to every indicator (empty when no indicator is treated). */
	treatmentLog(): TreatmentLogEntry[] {
		return this.hasSheet(SHEETS.treatment)
			? readTreatmentLog(this.sheetValues(SHEETS.treatment))
			: [];
	}

	formulaAt(sheet: string, row: number, col: number): string | undefined {
		return this.hf.getCellFormula({ sheet: this.sheetId(sheet), row, col });
	}

	undo(): void {
		if (this.hf.isThereSomethingToUndo()) this.hf.undo();
		this.refreshSheetIds();
	}

	redo(): void {
		if (this.hf.isThereSomethingToRedo()) this.hf.redo();
		this.refreshSheetIds();
	}

	destroy(): void {
		this.hf.destroy();
	}
}
