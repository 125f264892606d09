// XLSX files, written by SheetJS loaded only on demand: plain tables (templates) and the whole
// model workbook with its live formulas and the named weights W_<code> / directions D_<code>, so
// an Excel user can audit and recompute the index.
import type { ModelWorkbook } from '../workbook/workbook';
import type { OutCell } from './csv-write';

export interface SheetTable {
	name: string;
	rows: OutCell[][];
	/** Column widths in characters (optional). */
	widths?: number[];
}

type XlsxCell = { t: 'n' | 's'; v: number | string; f?: string };

const toCell = (c: OutCell): XlsxCell | null =>
	c === null || (typeof c === 'number' && !Number.isFinite(c))
		? null
		: typeof c === 'number'
			? { t: 'n', v: c }
			: { t: 's', v: c };

async function writeBook(
	sheets: { name: string; cells: (XlsxCell | null)[][]; widths?: number[] }[],
	names: { Name: string; Ref: string }[] = []
): Promise<Uint8Array> {
	const XLSX = await import('@e965/xlsx');
	const book = XLSX.utils.book_new();
	for (const s of sheets) {
		const width = Math.max(1, ...s.cells.map((r) => r.length));
		const ws = {
			'!data': s.cells.map((r) => r.map((c) => c ?? undefined)),
			'!ref': XLSX.utils.encode_range({
				s: { r: 0, c: 0 },
				e: { r: Math.max(0, s.cells.length - 1), c: width - 1 }
			}),
			...(s.widths ? { '!cols': s.widths.map((wch) => ({ wch })) } : {})
		} as unknown as import('@e965/xlsx').WorkSheet;
		XLSX.utils.book_append_sheet(book, ws, s.name);
	}
	if (names.length) book.Workbook = { ...(book.Workbook ?? {}), Names: names };
	const out = XLSX.write(book, {
		type: 'array',
		bookType: 'xlsx',
		compression: true
	}) as ArrayBuffer;
	return new Uint8Array(out);
}

/** Plain tables as sheets (text stays text, so "01" keeps its zero). */
export function tablesXlsx(tables: SheetTable[]): Promise<Uint8Array> {
	return writeBook(
		tables.map((t) => ({ name: t.name, cells: t.rows.map((r) => r.map(toCell)), widths: t.widths }))
	);
}

export interface WorkbookSheet {
	name: string;
	/** Cells: inputs as values, computed cells as a formula (without "=") with its current value. */
	cells: (XlsxCell | null)[][];
}

/**
 * Every sheet of the model workbook: inputs as values, computed cells as their formula plus the value
 * HyperFormula computed (so a viewer that does not recalculate still shows the scores).
 */
export function workbookSheets(wb: ModelWorkbook): WorkbookSheet[] {
	return wb.hf.getSheetNames().map((name) => {
		const id = wb.sheetId(name);
		const raw = wb.hf.getSheetSerialized(id);
		const values = wb.hf.getSheetValues(id);
		const cells = raw.map((row, r) =>
			row.map((content, c): XlsxCell | null => {
				const value = values[r]?.[c];
				if (typeof content === 'string' && content.startsWith('=')) {
					const v = typeof value === 'number' ? value : typeof value === 'string' ? value : '';
					return { t: typeof v === 'number' ? 'n' : 's', v, f: content.slice(1) };
				}
				if (typeof content === 'number') return { t: 'n', v: content };
				if (typeof content === 'string') return { t: 's', v: content.replace(/^'/, '') };
				return null;
			})
		);
		return { name, cells };
	});
}

/** Named expressions (=Framework!$F$2) as Excel defined names. */
export function workbookNames(wb: ModelWorkbook): { Name: string; Ref: string }[] {
	return wb.hf
		.getAllNamedExpressionsSerialized()
		.map((n) => ({ Name: n.name, Ref: String(n.expression ?? '').replace(/^=/, '') }));
}

export function workbookXlsx(wb: ModelWorkbook): Promise<Uint8Array> {
	return writeBook(workbookSheets(wb), workbookNames(wb));
}
