// A sheet of cells as read from a CSV or a spreadsheet: text stays text ("01"), spreadsheet numbers
// stay numbers, and every row keeps the row number the user sees (file line or sheet row).
import { parseCsvText } from './csv';
import type { Delimiter } from './dialect';
import { issue, type ImportIssue } from './import-issues';

export type Cell = string | number;

export interface Grid {
	/** Non-empty rows only. */
	rows: Cell[][];
	/** 1-based row (CSV file line, sheet row) of each row. */
	lines: number[];
	/** CSV rows always carry every field; spreadsheet rows omit trailing empty cells. */
	source: 'csv' | 'sheet';
}

export const cellText = (c: Cell | undefined): string =>
	c === undefined ? '' : typeof c === 'number' ? String(c) : c.trim();

export function gridFromCsv(
	text: string,
	delimiter: Delimiter
): { grid: Grid; issues: ImportIssue[] } {
	const t = parseCsvText(text, { delimiter });
	const issues = t.errors.map((e) => issue('csv-quote', { row: e.row }, { detail: e.message }));
	const rows = t.headers.length || t.rows.length ? [t.headers, ...t.rows] : [];
	return { grid: { rows, lines: [t.headerLine, ...t.lines], source: 'csv' }, issues };
}
