// Data file bytes → a read sheet (layout + decimal mark) or a refusal, with what was detected; then
// either an import plan against the open model or a whole new dataset. Shared by the app and the
// command; nothing here touches a workbook.
import type { DatasetWithDenominators } from '../model/dataset';
import { sniffBytes, APP_MAX_BYTES } from './decode';
import {
	decimalMark,
	detectDecimal,
	detectDelimiter,
	type Decimal,
	type Delimiter,
	type Located
} from './dialect';
import { gridFromCsv, type Grid } from './grid';
import { datasetFromLayout, type DatasetSource } from './import-dataset';
import { hasErrors, issue, type ImportIssue } from './import-issues';
import { planImport, type BlankRule, type ImportPlan, type ImportTarget } from './import-plan';
import { readLayout } from './layout';
import type { Layout, LayoutKind } from './layout-types';
import { defaultSheet, readSpreadsheet } from './xlsx-read';

export interface ReadOptions {
	delimiter?: Delimiter;
	decimal?: Decimal;
	sheet?: string;
	edition?: string;
	maxBytes?: number;
	/** Denominator columns (population, GRDP, …) accepted beside the indicators. */
	denominators?: string[];
}

export interface Detected {
	format?: 'csv' | 'xlsx';
	delimiter?: Delimiter;
	decimal?: Decimal;
	sheets: string[];
	sheet?: string;
	layout?: LayoutKind;
	headerRow?: number;
	editions: string[];
}

type Base = { issues: ImportIssue[]; detected: Detected };

export type ReadResult =
	| (Base & { status: 'refused' })
	| (Base & { status: 'needs-decimal'; example: Located })
	| (Base & { status: 'needs-edition'; editions: string[] })
	| (Base & { status: 'read'; layout: Layout; decimal: Decimal });

/** Bytes → grid (CSV by its delimiter, or a sheet of a spreadsheet). */
export async function readGrid(
	bytes: Uint8Array,
	options: ReadOptions,
	detected: Detected,
	preferredSheet?: RegExp
): Promise<{ grid?: Grid; issues: ImportIssue[] }> {
	const sniffed = sniffBytes(bytes, options.maxBytes ?? APP_MAX_BYTES);
	if (sniffed.kind === 'refused') return { issues: [sniffed.issue] };
	if (sniffed.kind === 'text') {
		detected.format = 'csv';
		detected.delimiter = options.delimiter ?? detectDelimiter(sniffed.text);
		const { grid, issues } = gridFromCsv(sniffed.text, detected.delimiter);
		return { grid, issues };
	}
	detected.format = 'xlsx';
	const read = await readSpreadsheet(bytes);
	if (!read.ok) return { issues: [read.issue] };
	detected.sheets = read.book.sheets;
	const sheet = options.sheet ?? defaultSheet(read.book.sheets, preferredSheet);
	if (!read.book.sheets.includes(sheet))
		return { issues: [issue('sheet-missing', {}, { sheet, sheets: read.book.sheets.join(', ') })] };
	detected.sheet = sheet;
	return { grid: read.book.grid(sheet), issues: [] };
}

export async function readDataBytes(
	bytes: Uint8Array,
	indicatorCodes: string[],
	options: ReadOptions = {}
): Promise<ReadResult> {
	const detected: Detected = { sheets: [], editions: [] };
	const { grid, issues } = await readGrid(bytes, options, detected);
	if (!grid || hasErrors(issues)) return { status: 'refused', issues, detected };
	const read = readLayout(grid, indicatorCodes, options.edition, options.denominators);
	issues.push(...read.issues);
	const layout = read.layout;
	if (!layout || hasErrors(issues)) return { status: 'refused', issues, detected };
	Object.assign(detected, {
		layout: layout.kind,
		headerRow: layout.headerRow,
		editions: layout.editions
	});
	if (layout.editions.length > 1 && !layout.editions.includes(options.edition ?? ''))
		return { status: 'needs-edition', editions: layout.editions, issues, detected };
	let decimal = options.decimal;
	if (!decimal) {
		const texts = layout.cells
			.filter((c) => typeof c.cell === 'string' && c.cell.trim() !== '')
			.map((c) => ({ text: c.cell as string, row: c.row, col: c.col }));
		const guess = detectDecimal(texts);
		if (guess.kind === 'mixed') {
			const { first: a, second: b } = guess;
			const mark = decimalMark(b.text) === 'comma' ? ',' : '.';
			const params = { text: b.text, mark, other: a.text, otherRow: String(a.row) };
			issues.push(issue('mixed-decimal', { row: b.row, col: b.col }, params));
			return { status: 'refused', issues, detected };
		}
		if (guess.kind === 'ambiguous')
			return { status: 'needs-decimal', example: guess.example, issues, detected };
		decimal = guess.decimal;
	}
	detected.decimal = decimal;
	return { status: 'read', layout, decimal, issues, detected };
}

/** Reading options plus what empty cells mean. */
export type ImportOptions = ReadOptions & { blank?: BlankRule };

export type ImportAnalysis =
	Exclude<ReadResult, { status: 'read' }> | (Base & { status: 'ready'; plan: ImportPlan });

/** Read a data file and plan its import into the open model; errors refuse, warnings do not. */
export async function analyseImport(
	bytes: Uint8Array,
	target: ImportTarget,
	options: ImportOptions = {}
): Promise<ImportAnalysis> {
	const read = await readDataBytes(bytes, target.indicators, options);
	if (read.status !== 'read') return read;
	const { plan, issues } = planImport(read.layout, read.decimal, target, options.blank);
	const all = [...read.issues, ...issues];
	if (hasErrors(all)) return { status: 'refused', issues: all, detected: read.detected };
	return { status: 'ready', plan, issues: all, detected: read.detected };
}

export type DatasetRead =
	| Exclude<ReadResult, { status: 'read' }>
	| (Base & { status: 'ready'; dataset: DatasetWithDenominators });

/** Read a data file as a whole new dataset (its own units). */
export async function readDatasetBytes(
	bytes: Uint8Array,
	source: DatasetSource,
	options: ReadOptions = {}
): Promise<DatasetRead> {
	const read = await readDataBytes(bytes, source.indicators, options);
	if (read.status !== 'read') return read;
	const denominators = options.denominators ?? [];
	const { dataset, issues } = datasetFromLayout(read.layout, read.decimal, {
		...source,
		denominators
	});
	const all = [...read.issues, ...issues];
	if (!dataset || hasErrors(all))
		return { status: 'refused', issues: all, detected: read.detected };
	return { status: 'ready', dataset, issues: all, detected: read.detected };
}
