// Problems found while reading a data or framework file: a code and parameters (worded by the UI in
// either language, and in English here for the command line), located by file row and column.
import type { Issue } from '../model/types';

export type ImportIssueCode =
	| 'empty-file'
	| 'too-large'
	| 'encoding-utf16'
	| 'encoding-legacy'
	| 'binary-file'
	| 'html-file'
	| 'bom-inside'
	| 'csv-quote'
	| 'xlsx-unreadable'
	| 'sheet-missing'
	| 'no-header'
	| 'extra-header-row'
	| 'title-rows-skipped'
	| 'no-unit-column'
	| 'no-indicator-column'
	| 'empty-header'
	| 'unknown-column'
	| 'unknown-indicator'
	| 'duplicate-indicator'
	| 'unknown-unit'
	| 'unit-mismatch'
	| 'duplicate-unit'
	| 'duplicate-cell'
	| 'missing-unit'
	| 'missing-indicator'
	| 'missing-column'
	| 'not-a-number'
	| 'mixed-decimal'
	| 'long-row'
	| 'short-row'
	| 'no-data-rows'
	| 'out-of-range'
	| 'framework';

export interface ImportIssue {
	code: ImportIssueCode;
	severity: 'error' | 'warning';
	/** 1-based row as the file or sheet shows it. */
	row?: number;
	/** Column letter as a spreadsheet shows it (A, B, … AA). */
	col?: string;
	/** Texts for the message: header, text, unit, indicator, first, count, min, max, … */
	params?: Record<string, string>;
}

export function issue(
	code: ImportIssueCode,
	where: { row?: number; col?: string } = {},
	params: Record<string, string> = {},
	severity: 'error' | 'warning' = 'error'
): ImportIssue {
	return { code, severity, ...where, params };
}

const EN: Record<ImportIssueCode, string> = {
	'empty-file': 'the file is empty',
	'too-large': 'the file is {size} MB; the limit is {limit} MB',
	'encoding-utf16':
		'the file is UTF-16 ("Unicode text"); save it as "CSV UTF-8 (comma delimited)" or .xlsx',
	'encoding-legacy':
		'the file is not UTF-8 (byte {byte} on line {line}): probably Windows-1258, TCVN3 or VNI; save it as "CSV UTF-8 (comma delimited)" or .xlsx',
	'binary-file': 'this is not a text file ({kind}); choose a CSV or Excel file',
	'html-file':
		'this is a web page (HTML), not CSV; open it in Excel and save it as .xlsx or CSV UTF-8',
	'bom-inside':
		'a byte-order mark (BOM) inside the file: two files were probably joined; keep one header',
	'csv-quote': 'broken quoting: {detail}',
	'xlsx-unreadable': 'the spreadsheet cannot be read (damaged or not a workbook): {detail}',
	'sheet-missing': 'no sheet named "{sheet}" (sheets: {sheets})',
	'no-header':
		'no header row found: the first row must name the columns (code or name, then indicator codes)',
	'extra-header-row':
		'more than one header row: row {row} is not data ({text}); keep one header row',
	'title-rows-skipped': 'rows above the header were skipped ({text})',
	'no-unit-column': 'no province column: add a "code" or "name" column',
	'no-indicator-column': 'no indicator column: the header names no indicator of the framework',
	'empty-header': 'column {col} has values but no header',
	'unknown-column': 'unknown indicator "{header}"',
	'unknown-indicator': 'unknown indicator "{text}"',
	'duplicate-indicator': 'indicator "{header}" appears twice (first at cell {first})',
	'unknown-unit': 'unknown province "{text}"',
	'unit-mismatch': 'code "{code}" is {unit}, but the name says "{name}"',
	'duplicate-unit': 'duplicate unit code "{code}": {unit} appears twice (first at cell {first})',
	'duplicate-cell': '{unit}, indicator {indicator} appears twice (first at cell {first})',
	'missing-unit': 'the province is empty',
	'missing-indicator': 'the indicator is empty',
	'missing-column': 'no column "{header}" (declared as a denominator)',
	'not-a-number': '"{text}" is not a number',
	'mixed-decimal':
		'mixed decimal marks: "{text}" uses a decimal {mark}, but "{other}" (row {otherRow}) the other',
	'long-row': 'the row has {count} cells but the header only {expected}',
	'short-row': 'the row has {count} cells but the header {expected} (truncated file?)',
	'no-data-rows': 'the file has a header but no data rows',
	'out-of-range': '{indicator} = {text} is outside the plausible range {min} … {max}',
	framework: '{text}'
};

/** English wording (the command line and the tests). */
export function describeImportIssue(i: ImportIssue): string {
	const params: Record<string, string> = {
		row: String(i.row ?? ''),
		col: i.col ?? '',
		...i.params
	};
	return EN[i.code].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
}

/** As a located model Issue (column by its header when it has one), for formatIssue and the command. */
export function toIssue(i: ImportIssue): Issue {
	const column = i.params?.header || i.col;
	const code = i.params?.node ?? i.params?.unitCode;
	return {
		severity: i.severity,
		message: describeImportIssue(i),
		...(i.row !== undefined ? { row: i.row } : {}),
		...(column !== undefined ? { column } : {}),
		...(code ? { code } : {})
	};
}

export const hasErrors = (issues: ImportIssue[]): boolean =>
	issues.some((i) => i.severity === 'error');
