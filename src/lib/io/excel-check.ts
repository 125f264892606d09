// Checks that exported formulas and names are valid in Excel: known functions only, names Excel
// accepts (not cell-like, allowed characters), references to existing sheets, Excel's size limits.

/** Every function the model's formulas may use; all exist in Excel 2010 and later. */
const EXCEL_FUNCTIONS = new Set([
	'IF',
	'IFERROR',
	'ISNUMBER',
	'N',
	'MIN',
	'MAX',
	'SUM',
	'SUMPRODUCT',
	'AVERAGE',
	'COUNT',
	'COUNTIF',
	'ABS',
	'LN',
	'LOG',
	'EXP',
	'SQRT',
	'POWER',
	'STDEV.S',
	'SKEW',
	'MEDIAN',
	'PERCENTILE',
	'GEOMEAN',
	'AND',
	'OR',
	'NOT'
]);

/** Excel's limits: formula text length and function nesting depth. */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_NESTING = 64;

/** Reason an Excel defined name is invalid, or null. */
export function excelNameProblem(name: string): string | null {
	if (name.length > 255) return 'longer than 255 characters';
	if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return 'has characters Excel does not allow';
	if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return 'looks like a cell address';
	if (/^[RrCc]$/.test(name) || /^R[0-9]*C[0-9]*$/i.test(name))
		return 'looks like an R1C1 reference';
	return null;
}

/** Problems of one formula (without "="), given the defined names and sheet names. */
export function excelFormulaProblems(
	formula: string,
	names: Set<string>,
	sheets: Set<string>
): string[] {
	const problems: string[] = [];
	if (formula.length + 1 > MAX_FORMULA_LENGTH)
		problems.push(`longer than ${MAX_FORMULA_LENGTH} characters`);
	const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
	let depth = 0;
	let deepest = 0;
	for (const ch of text) {
		if (ch === '(') deepest = Math.max(deepest, ++depth);
		if (ch === ')' && --depth < 0) break;
	}
	if (depth !== 0) problems.push('unbalanced parentheses');
	if (deepest > MAX_NESTING) problems.push(`nested deeper than ${MAX_NESTING}`);
	for (const m of text.matchAll(/([A-Za-z][A-Za-z0-9.]*)\(/g))
		if (!EXCEL_FUNCTIONS.has(m[1].toUpperCase())) problems.push(`unknown function ${m[1]}`);
	for (const m of text.matchAll(/([\p{L}_][\p{L}\p{N}_.]*)!/gu))
		if (!sheets.has(m[1])) problems.push(`unknown sheet ${m[1]}`);
	const tokens = text.replace(
		/(?<![\p{L}\p{N}_.$])(?:[\p{L}_][\p{L}\p{N}_.]*!)?\$?[A-Z]{1,3}\$?[0-9]+(?![\p{L}\p{N}_.(])/gu,
		' '
	);
	for (const m of tokens.matchAll(
		/(?<![\p{L}\p{N}_.$])([\p{L}_\\][\p{L}\p{N}_.]*)(?![\p{L}\p{N}_.(!])/gu
	)) {
		const t = m[1];
		if (/^(TRUE|FALSE)$/i.test(t)) continue;
		if (!names.has(t)) problems.push(`unknown name ${t}`);
		else if (excelNameProblem(t)) problems.push(`name ${t} ${excelNameProblem(t)}`);
	}
	return problems;
}
