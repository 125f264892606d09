// How each workbook sheet is shown as a grid: its row and column headers (names with codes), how
// each column's cells show (text, general number, score), which cells are inputs and which edit an
// input cell makes. Positions are 0-based sheet rows/columns.
import type { Command } from '../commands/commands';
import {
	FIRST_COL,
	FIRST_ROW,
	FW,
	FW_HEADERS,
	MS,
	RATIO_HEADER,
	SHEETS,
	TS,
	levelSheet
} from './layout';
import type { ModelWorkbook } from './workbook';

export type SheetKind =
	'framework' | 'data' | 'stage' | 'table' | 'bounds' | 'normalised' | 'level' | 'results';

/**
 * How a column's cells show: `text` left-aligned (names, codes, method names); `general` numbers
 * exactly, whole numbers without decimals (data, settings, bounds); `score` numbers with 2 decimals
 * (computed scores and statistics). Numbers are right-aligned.
 */
export type CellFormat = 'text' | 'general' | 'score';

export interface SheetSpec {
	name: string;
	kind: SheetKind;
	level?: number;
	/** Sheet rows shown as grid rows. */
	rows: number[];
	/** Sheet columns shown as grid columns. */
	cols: number[];
	/** Row header: code and display name. */
	rowHeader(row: number): { code: string; name: string };
	/** Column header: code and display name. */
	colHeader(col: number): { code: string; name: string };
	/** How the cells of a column show. */
	format(col: number): CellFormat;
	/** Input cell kind, or null for a computed / read-only cell. */
	input(row: number, col: number): 'number' | 'weight' | 'direction' | null;
	/** The command that writes `value` into an input cell. */
	command(row: number, col: number, value: number | null): Command | null;
}

type Names = {
	unit(i: number): string;
	node(i: number): string;
	/** Display name of a workbook field (a header such as `level`, a row label such as `min`), or ''. */
	field(name: string): string;
};

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** Format by column: the listed text and score columns, every other column general. */
const formats =
	(text: number[], score: number[] = []) =>
	(col: number): CellFormat =>
		text.includes(col) ? 'text' : score.includes(col) ? 'score' : 'general';

/** Column formats of the tables of one row per component, by sheet name. */
const TABLE_FORMATS: Record<string, (col: number) => CellFormat> = {
	[SHEETS.treatment]: formats(
		[TS.method, TS.outcome],
		[TS.skewBefore, TS.kurtBefore, TS.skewAfter, TS.kurtAfter]
	),
	[SHEETS.method]: formats([
		MS.denominator,
		MS.imputation,
		MS.treatment,
		MS.normalisation,
		MS.aggregation,
		MS.json
	])
};

export function sheetSpecs(wb: ModelWorkbook, names: Names): SheetSpec[] {
	const { tree, dataset } = wb;
	const n = dataset.units.length;
	const unitRows = range(FIRST_ROW, n);
	const unitHeader = (row: number) => ({
		code: dataset.units[row - FIRST_ROW].code,
		name: names.unit(row - FIRST_ROW)
	});
	const indicatorCols = range(FIRST_COL, tree.indicators.length);
	const indicatorHeader = (col: number) => {
		const node = tree.indicators[col - FIRST_COL];
		return { code: tree.nodes[node].code, name: names.node(node) };
	};
	const field = (code: string) => ({ code, name: names.field(code) });
	const readOnly = { input: () => null, command: () => null };
	const score = (): CellFormat => 'score';
	const general = (): CellFormat => 'general';
	const matrix = (
		name: string,
		kind: SheetKind,
		cols: number[],
		colHeader: SheetSpec['colHeader']
	) => ({
		name,
		kind,
		rows: unitRows,
		cols,
		rowHeader: unitHeader,
		colHeader,
		format: score,
		...readOnly
	});

	const framework: SheetSpec = {
		name: SHEETS.framework,
		kind: 'framework',
		rows: range(1, tree.nodes.length),
		cols: range(1, FW_HEADERS.length - 1),
		rowHeader: (row) => ({ code: tree.nodes[row - 1].code, name: names.node(row - 1) }),
		colHeader: (col) => field(FW_HEADERS[col]),
		format: formats([FW.code, FW.parent, FW.nameVi, FW.nameEn, FW.unit, FW.leadDepartment]),
		input: (row, col) => {
			if (col === FW.weight) return 'weight';
			if (col === FW.direction && tree.children[row - 1].length === 0) return 'direction';
			return null;
		},
		command: (row, col, value) => {
			const node = row - 1;
			if (col === FW.weight && value !== null) return { type: 'setWeight', node, weight: value };
			if (col === FW.direction && (value === 1 || value === -1))
				return { type: 'setDirection', node, direction: value };
			return null;
		}
	};
	const data: SheetSpec = {
		...matrix(SHEETS.data, 'data', indicatorCols, indicatorHeader),
		format: general,
		input: () => 'number',
		command: (row, col, value) => ({
			type: 'setValue',
			unit: row - FIRST_ROW,
			indicator: col - FIRST_COL,
			value
		})
	};
	const boundsHeight = wb.hf.getSheetDimensions(wb.sheetId(SHEETS.bounds)).height;
	const boundsLabels = ['', 'min', 'max', 'mean', 'sd'];
	const bounds: SheetSpec = {
		...matrix(SHEETS.bounds, 'bounds', indicatorCols, indicatorHeader),
		rows: range(1, Math.min(boundsHeight, boundsLabels.length) - 1),
		rowHeader: (row) => field(boundsLabels[row] ?? String(row + 1)),
		format: general
	};
	// Stages the method adds (denominators, imputation, outlier treatment): unit × indicator formulas.
	const stages = [SHEETS.denominated, SHEETS.imputed, SHEETS.treated]
		.filter((name) => wb.hasSheet(name))
		.map((name) => matrix(name, 'stage', indicatorCols, indicatorHeader));
	// Tables of one row per component (treatment log, method settings): headers from their first row.
	const tables = [SHEETS.treatment, SHEETS.method]
		.filter((name) => wb.hasSheet(name))
		.map((name): SheetSpec => {
			const values = wb.sheetValues(name);
			const width = Math.max(...values.map((r) => r.length));
			return {
				name,
				kind: 'table',
				rows: range(1, values.length - 1),
				cols: range(1, width - 1),
				rowHeader: (row) => ({ code: String(values[row]?.[0] ?? ''), name: '' }),
				colHeader: (col) => field(String(values[0]?.[col] ?? '')),
				format: TABLE_FORMATS[name],
				...readOnly
			};
		});
	const levels = tree.levels.map((level) => {
		const aggs = tree.aggregatesByLevel.get(level) as number[];
		return {
			...matrix(levelSheet(level), 'level', range(FIRST_COL, aggs.length), (col: number) => {
				const node = aggs[col - FIRST_COL];
				return { code: tree.nodes[node].code, name: names.node(node) };
			}),
			level
		};
	});
	const resultNodes = [tree.root, ...tree.children[tree.root]];
	const resultsWidth = wb.hf.getSheetDimensions(wb.sheetId(SHEETS.results)).width;
	const results = matrix(
		SHEETS.results,
		'results',
		range(FIRST_COL, resultsWidth - FIRST_COL),
		(col) => {
			const node = resultNodes[col - FIRST_COL];
			return node === undefined
				? field(RATIO_HEADER)
				: { code: tree.nodes[node].code, name: names.node(node) };
		}
	);
	return [
		data,
		framework,
		...stages,
		...tables,
		bounds,
		matrix(SHEETS.normalised, 'normalised', indicatorCols, indicatorHeader),
		...levels,
		results
	];
}

/** Batch command for a block of edits on one sheet, or null when the sheet has no batch form. */
export function batchCommand(commands: Command[]): Command | null {
	if (commands.length === 1) return commands[0];
	if (commands.every((c) => c.type === 'setValue'))
		return {
			type: 'setValues',
			edits: commands.map((c) => ({ unit: c.unit, indicator: c.indicator, value: c.value }))
		};
	if (commands.every((c) => c.type === 'setWeight'))
		return {
			type: 'setWeights',
			weights: commands.map((c) => ({ node: c.node, weight: c.weight }))
		};
	return null;
}
