// Rules for codes (indicator, aggregate and unit identities) and the workbook names made from them.

/** Letters (any script), digits, '.', '_' — the characters a spreadsheet name may hold. */
const CODE_PATTERN = /^[\p{L}\p{N}._]+$/u;

/** Reason a framework code cannot be used, or null when it is fine. */
export function codeProblem(code: string): string | null {
	if (code === '') return 'code is empty';
	if (/^[=+\-@]/.test(code)) return `code "${code}" starts with a formula character (= + - @)`;
	if (!CODE_PATTERN.test(code))
		return `code "${code}" may only contain letters, digits, "." and "_" (it would break a spreadsheet reference)`;
	return null;
}

/** Key under which two codes collide in a spreadsheet (names are case-insensitive there). */
export function codeKey(code: string): string {
	return code.toLocaleUpperCase('en');
}

/** Workbook name of a node's weight cell, e.g. W_1.1.1 (prefixed so no code reads as a cell address). */
export function weightName(code: string): string {
	return `W_${code}`;
}

/** Workbook name of an indicator's direction cell, e.g. D_1.1.1. */
export function directionName(code: string): string {
	return `D_${code}`;
}
