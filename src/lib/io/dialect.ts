// CSV conventions: which delimiter (',' ';' tab) and which decimal mark ('.' or ',') a file uses,
// detected when unambiguous, and numbers read by the chosen convention ("1.234,5" or "1,234.5").
import Papa from 'papaparse';
import { parseLocaleNumber } from '../i18n/numbers';

export type Delimiter = ',' | ';' | '\t';
export type Decimal = '.' | ',';
export const DELIMITERS: Delimiter[] = [';', '\t', ','];

/**
 * The delimiter that splits the most of the first rows into one same number (at least two) of
 * fields; ties go to the one giving more fields, then ';', tab, ','.
 */
export function detectDelimiter(text: string): Delimiter {
	let best: { d: Delimiter; score: number; fields: number } = { d: ',', score: -1, fields: 0 };
	for (const d of DELIMITERS) {
		const rows = Papa.parse<string[]>(text, { delimiter: d, preview: 30 }).data.filter((r) =>
			r.some((c) => c.trim() !== '')
		);
		const counts = new Map<number, number>();
		for (const r of rows) {
			const w = lastFilled(r) + 1;
			if (w >= 2) counts.set(w, (counts.get(w) ?? 0) + 1);
		}
		for (const [fields, n] of counts) {
			const score = n / rows.length;
			if (score > best.score || (score === best.score && fields > best.fields))
				best = { d, score, fields };
		}
	}
	return best.d;
}

function lastFilled(row: string[]): number {
	for (let i = row.length - 1; i >= 0; i--) if (row[i].trim() !== '') return i;
	return -1;
}

export type Mark = 'none' | 'dot' | 'comma' | 'ambiguous' | 'text';

const clean = (text: string) =>
	text
		.trim()
		.replace(/\u2212/g, '-')
		.replace(/[\s\u00a0\u202f]/g, '');

/**
 * What a cell says about the decimal mark: "12.5" dot, "12,5" comma, "1.234" or "1,234" ambiguous
 * (a decimal or a thousands group), "12" nothing, anything else is text.
 */
export function decimalMark(text: string): Mark {
	const t = clean(text);
	if (/^[+-]?\d+([eE][+-]?\d+)?$/.test(t)) return 'none';
	if (/^[+-]?[1-9]\d{0,2}[.,]\d{3}$/.test(t)) return 'ambiguous';
	if (/^[+-]?(\d+|\d{1,3}(,\d{3})+)\.\d+([eE][+-]?\d+)?$/.test(t)) return 'dot';
	if (/^[+-]?\d{1,3}(,\d{3}){2,}$/.test(t)) return 'dot';
	if (/^[+-]?(\d+|\d{1,3}(\.\d{3})+),\d+([eE][+-]?\d+)?$/.test(t)) return 'comma';
	if (/^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(t)) return 'comma';
	return 'text';
}

export interface Located {
	text: string;
	row: number;
	col: string;
}

export type DecimalGuess =
	| { kind: 'known'; decimal: Decimal }
	| { kind: 'ambiguous'; example: Located }
	/** Both marks: `second` is the cell that contradicts the `first` one (file order). */
	| { kind: 'mixed'; first: Located; second: Located };

/** Decide the decimal mark from the value cells: evidence for one mark wins; both is an error. */
export function detectDecimal(cells: Iterable<Located>): DecimalGuess {
	let dot: Located | null = null;
	let comma: Located | null = null;
	let ambiguous: Located | null = null;
	for (const c of cells) {
		const m = decimalMark(c.text);
		if (m === 'dot') {
			if (comma) return { kind: 'mixed', first: comma, second: c };
			dot ??= c;
		} else if (m === 'comma') {
			if (dot) return { kind: 'mixed', first: dot, second: c };
			comma ??= c;
		} else if (m === 'ambiguous') ambiguous ??= c;
	}
	if (dot) return { kind: 'known', decimal: '.' };
	if (comma) return { kind: 'known', decimal: ',' };
	if (ambiguous) return { kind: 'ambiguous', example: ambiguous };
	return { kind: 'known', decimal: '.' };
}

export type CellValue =
	| { kind: 'number'; value: number }
	| { kind: 'blank' }
	| { kind: 'missing' }
	| { kind: 'text'; text: string };

/** Texts that mean "no value" (R, Excel, statistical yearbooks); they clear a cell on import. */
const MISSING = new Set(['NA', '#N/A', '-', '–', '—', '..', '...', '…']);

/** A cell read as a number by the decimal mark; XLSX numbers pass through. */
export function readCellNumber(cell: string | number, decimal: Decimal): CellValue {
	if (typeof cell === 'number')
		return Number.isFinite(cell)
			? { kind: 'number', value: cell }
			: { kind: 'text', text: String(cell) };
	const t = cell.trim();
	if (t === '') return { kind: 'blank' };
	if (MISSING.has(t)) return { kind: 'missing' };
	const parsed = parseLocaleNumber(clean(t), decimal === ',' ? 'vi' : 'en');
	if (parsed.ok && parsed.value !== null) return { kind: 'number', value: parsed.value };
	return { kind: 'text', text: cell };
}
