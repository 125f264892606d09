// Spreadsheet files (xlsx, xls) → grids, through SheetJS loaded only when such a file is opened.
import type { Cell, Grid } from './grid';
import { issue, type ImportIssue } from './import-issues';

export interface Spreadsheet {
	sheets: string[];
	grid(sheet: string): Grid;
}

/** Sheet names tried first for data ("Data", "Dữ liệu", "Nhập liệu", "Số liệu"). */
const DATA_SHEET = /^(data|dữ liệu|du lieu|nhập liệu|nhap lieu|số liệu|so lieu)$/i;

export function defaultSheet(sheets: string[], preferred: RegExp = DATA_SHEET): string {
	return sheets.find((s) => preferred.test(s.trim())) ?? sheets[0];
}

interface SheetCell {
	t: string;
	v?: unknown;
	w?: string;
}

function toCell(c: SheetCell | undefined): Cell {
	if (!c || c.v === undefined || c.v === null) return '';
	if (c.t === 'n' && typeof c.v === 'number') return c.v;
	if (c.t === 'e') return c.w ?? '#ERROR';
	if (c.t === 'b') return c.v ? 'TRUE' : 'FALSE';
	return String(c.v);
}

export async function readSpreadsheet(
	bytes: Uint8Array
): Promise<{ ok: true; book: Spreadsheet } | { ok: false; issue: ImportIssue }> {
	const XLSX = await import('@e965/xlsx');
	let book: import('@e965/xlsx').WorkBook;
	try {
		book = XLSX.read(bytes, { type: 'array', dense: true, cellDates: false, cellHTML: false });
	} catch (e) {
		return {
			ok: false,
			issue: issue('xlsx-unreadable', {}, { detail: e instanceof Error ? e.message : String(e) })
		};
	}
	if (!book.SheetNames?.length)
		return { ok: false, issue: issue('xlsx-unreadable', {}, { detail: 'no sheet' }) };
	return {
		ok: true,
		book: {
			sheets: book.SheetNames,
			grid(sheet) {
				const ws = book.Sheets[sheet] as unknown as { '!data'?: (SheetCell | undefined)[][] };
				const rows: Cell[][] = [];
				const lines: number[] = [];
				(ws['!data'] ?? []).forEach((r, i) => {
					const cells = Array.from(r ?? [], toCell);
					if (cells.some((c) => c !== '' && !(typeof c === 'string' && c.trim() === ''))) {
						rows.push(cells);
						lines.push(i + 1);
					}
				});
				return { rows, lines, source: 'sheet' };
			}
		}
	};
}
