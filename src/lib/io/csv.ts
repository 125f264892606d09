// CSV text → header + rows of strings (no type guessing: codes such as "01" stay text).
import Papa from 'papaparse';
import { parseDataset } from '../model/dataset';
import { parseFramework } from '../model/framework';
import type { Dataset, Framework, Result } from '../model/types';

export interface Table {
	headers: string[];
	rows: string[][];
}

export function parseCsvText(text: string): Table {
	const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
		header: false,
		dynamicTyping: false,
		skipEmptyLines: 'greedy'
	});
	const [headers = [], ...rows] = parsed.data;
	return { headers: headers.map((h) => h.trim()), rows };
}

export function readFrameworkCsv(text: string): Result<Framework> {
	const { headers, rows } = parseCsvText(text);
	const records = rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
	return parseFramework(headers, records);
}

export function readDataCsv(text: string, indicatorCodes: string[]): Result<Dataset> {
	const { headers, rows } = parseCsvText(text);
	return parseDataset(headers, rows, indicatorCodes);
}
