// CSV text → header + rows of strings (no type guessing: codes such as "01" stay text), with the
// file line of every row so messages point at the line a spreadsheet shows, and broken quoting refused.
import Papa from 'papaparse';
import { parseDataset } from '../model/dataset';
import { parseFramework } from '../model/framework';
import type { Dataset, Framework, Issue, Result } from '../model/types';

export interface Table {
	headers: string[];
	rows: string[][];
	/** 1-based file line where each row starts (the header is on `headerLine`). */
	lines: number[];
	headerLine: number;
	errors: Issue[];
}

/** `delimiter` fixes the separator (',', ';' or tab); without it PapaParse guesses. */
export function parseCsvText(text: string, options: { delimiter?: string } = {}): Table {
	const body = text.replace(/^\ufeff/, '');
	const records: { row: string[]; line: number }[] = [];
	const errors: Issue[] = [];
	let line = 1;
	let offset = 0;
	Papa.parse<string[]>(body, {
		header: false,
		delimiter: options.delimiter ?? '',
		dynamicTyping: false,
		skipEmptyLines: false,
		step: (result) => {
			const end = result.meta.cursor;
			const start = line;
			for (let i = offset; i < end; i++) if (body.charCodeAt(i) === 10) line++;
			offset = end;
			for (const e of result.errors)
				if (e.type !== 'Delimiter')
					errors.push({ severity: 'error', row: start, message: csvErrorMessage(e) });
			const row = result.data;
			if (row.some((cell) => cell.trim() !== '')) records.push({ row, line: start });
		}
	});
	const [head, ...rest] = records;
	return {
		headers: (head?.row ?? []).map((h) => h.trim()),
		headerLine: head?.line ?? 1,
		rows: rest.map((r) => r.row),
		lines: rest.map((r) => r.line),
		errors
	};
}

function csvErrorMessage(e: Papa.ParseError): string {
	if (e.code === 'MissingQuotes') return 'a quoted field is never closed (missing ")';
	if (e.code === 'InvalidQuotes') return 'a quote (") inside a field that is not quoted';
	return e.message;
}

export function readFrameworkCsv(text: string): Result<Framework> {
	const table = parseCsvText(text);
	if (table.errors.length) return { ok: false, errors: table.errors };
	const { headers, rows } = table;
	const records = rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
	return parseFramework(headers, records, table.lines);
}

export function readDataCsv(text: string, indicatorCodes: string[]): Result<Dataset> {
	const table = parseCsvText(text);
	if (table.errors.length) return { ok: false, errors: table.errors };
	return parseDataset(table.headers, table.rows, indicatorCodes, table.lines);
}
