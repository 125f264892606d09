// Formula generators: the readable spreadsheet form of each method. The kernel mirrors them exactly.
import { directionName, weightName } from '../model/codes';
import { BOUNDS_MAX_ROW, BOUNDS_MIN_ROW, SHEETS, columnLetter } from './layout';

/** `=MIN(Data!C$2:C$64)` — lowest value of an indicator over all units. */
export function boundFormula(kind: 'MIN' | 'MAX', col: number, nUnits: number): string {
	const c = columnLetter(col);
	return `=${kind}(${SHEETS.data}!${c}$2:${c}$${nUnits + 1})`;
}

/**
 * Min-max to 0–100 (direction −1 flips); blank when the value is missing or the indicator is constant.
 * `=IF(ISNUMBER(Data!C2),IF(Bounds!C$3>Bounds!C$2,100*IF(D_1.1.1=-1,Bounds!C$3-Data!C2,Data!C2-Bounds!C$2)/(Bounds!C$3-Bounds!C$2),""),"")`
 */
export function minMaxFormula(col: number, row: number, indicatorCode: string): string {
	const c = columnLetter(col);
	const x = `${SHEETS.data}!${c}${row + 1}`;
	const min = `${SHEETS.bounds}!${c}$${BOUNDS_MIN_ROW + 1}`;
	const max = `${SHEETS.bounds}!${c}$${BOUNDS_MAX_ROW + 1}`;
	const d = directionName(indicatorCode);
	return `=IF(ISNUMBER(${x}),IF(${max}>${min},100*IF(${d}=-1,${max}-${x},${x}-${min})/(${max}-${min}),""),"")`;
}

export interface ChildRef {
	/** Sheet-qualified reference, e.g. Normalised!C2. */
	ref: string;
	code: string;
}

/**
 * Weighted arithmetic mean over the children present (weights renormalised); blank when none is.
 * `=IFERROR((N(a)*W_a+N(b)*W_b)/(ISNUMBER(a)*W_a+ISNUMBER(b)*W_b),"")`
 */
export function weightedMeanFormula(children: ChildRef[]): string {
	const num = children.map((c) => `N(${c.ref})*${weightName(c.code)}`).join('+');
	const den = children.map((c) => `ISNUMBER(${c.ref})*${weightName(c.code)}`).join('+');
	return `=IFERROR((${num})/(${den}),"")`;
}

/** Output / input efficiency ratio, blank when either is missing or input is 0. */
export function ratioFormula(outRef: string, inRef: string): string {
	return `=IFERROR(${outRef}/${inRef},"")`;
}
