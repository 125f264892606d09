// A workbook formula split into plain text, cell or range references and named cells (W_/D_), so
// each reference can be shown as a link to the cell it reads.

export interface CellRef {
	sheet: string;
	/** 0-based row and column. */
	row: number;
	col: number;
}

export type Token =
	| { kind: 'text'; text: string }
	| { kind: 'ref'; text: string; cell: CellRef; end?: CellRef }
	| { kind: 'name'; text: string };

/** 0-based index of column letters: A → 0, Z → 25, AA → 26 (inverse of layout's columnLetter). */
export function columnIndex(letters: string): number {
	let n = 0;
	for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
	return n - 1;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** A1 address (with or without $) on `sheet`, or null. */
export function parseA1(text: string, sheet: string): CellRef | null {
	const m = A1.exec(text);
	return m ? { sheet, row: Number(m[2]) - 1, col: columnIndex(m[1]) } : null;
}

const SHEET = String.raw`(?:([A-Za-z_][\w.]*)|'((?:[^']|'')+)')!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const PATTERN = new RegExp(
	[
		String.raw`("(?:[^"]|"")*")`,
		String.raw`(?<![\p{L}\p{N}_.$])((?:${SHEET})?(${CELL})(?::(${CELL}))?)(?![\p{L}\p{N}_.(!])`,
		String.raw`(?<![\p{L}\p{N}_.])([WD]_[\p{L}\p{N}._]*[\p{L}\p{N}_])`
	].join('|'),
	'gu'
);

/** Tokens of `formula`; references without a sheet name are on `currentSheet`. */
export function tokenize(formula: string, currentSheet: string): Token[] {
	const tokens: Token[] = [];
	const text = (t: string) => {
		if (!t) return;
		const last = tokens[tokens.length - 1];
		if (last?.kind === 'text') last.text += t;
		else tokens.push({ kind: 'text', text: t });
	};
	let at = 0;
	for (const m of formula.matchAll(PATTERN)) {
		const index = m.index ?? 0;
		text(formula.slice(at, index));
		at = index + m[0].length;
		if (m[1] !== undefined) text(m[1]);
		else if (m[7] !== undefined) tokens.push({ kind: 'name', text: m[7] });
		else {
			const sheet = m[3] ?? m[4]?.replace(/''/g, "'") ?? currentSheet;
			const cell = parseA1(m[5], sheet) as CellRef;
			const end = m[6] ? (parseA1(m[6], sheet) ?? undefined) : undefined;
			tokens.push(end ? { kind: 'ref', text: m[2], cell, end } : { kind: 'ref', text: m[2], cell });
		}
	}
	text(formula.slice(at));
	return tokens;
}

/** A typed address such as "Level2!C5" or "level2!c5" on one of `sheets`, or null. */
export function parseAddress(text: string, sheets: readonly string[]): CellRef | null {
	const m = /^\s*'?([^'!]+)'?!(\$?[A-Za-z]{1,3}\$?\d+)\s*$/.exec(text);
	if (!m) return null;
	const sheet = sheets.find((s) => s.toLowerCase() === m[1].trim().toLowerCase());
	const cell = sheet ? parseA1(m[2], sheet) : null;
	return cell && cell.row >= 0 ? cell : null;
}
