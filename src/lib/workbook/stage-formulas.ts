// Formula generators of the stages before normalisation: the Denominated, Imputed and Treated
// sheets. Each does the operations of its pure twin in model/methods/ (denominate, impute, treat).
import type { ImputationMethod } from '../model/method';

/** A value carried over unchanged (blank when missing). */
export function passFormula(x: string): string {
	return `=IF(ISNUMBER(${x}),${x},"")`;
}

/** x / d; blank when either is missing or d is 0. */
export function denominateFormula(x: string, d: string): string {
	return `=IFERROR(IF(ISNUMBER(${x}),${x}/${d},""),"")`;
}

export interface ImputeRefs {
	x: string;
	/** The indicator's column over all units. */
	column: string;
	/** Group-mean imputation: the group column and the unit's group cell (null: no group). */
	groups?: string;
	group?: string | null;
}

/** The value, or when missing the indicator's mean or its group's mean. */
export function imputeFormula(method: ImputationMethod, r: ImputeRefs): string {
	if (method === 'none') return passFormula(r.x);
	if (method === 'mean') return `=IF(ISNUMBER(${r.x}),${r.x},IFERROR(AVERAGE(${r.column}),""))`;
	if (method === 'group-mean') {
		if (!r.group || !r.groups) return passFormula(r.x);
		return `=IF(ISNUMBER(${r.x}),${r.x},IFERROR(AVERAGEIF(${r.groups},${r.group},${r.column}),""))`;
	}
	throw new Error(`unknown imputation method "${method}"`);
}

/** Winsorised value: clipped to the caps [low, high] found by the treatment. */
export function winsoriseFormula(x: string, low: string, high: string): string {
	return `=IF(ISNUMBER(${x}),MAX(${low},MIN(${high},${x})),"")`;
}

/** Log transform of the original values: ln(x − min + 0.01·(max − min)). */
export function logFormula(x: string, min: string, max: string): string {
	return `=IF(ISNUMBER(${x}),LN(${x}-${min}+0.01*(${max}-${min})),"")`;
}
