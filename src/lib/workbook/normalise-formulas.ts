// Formula generators of the normalisations, one per method, looked up by name (throws on unknown
// names). Each does the operations of its pure twin in model/methods/normalise.ts, in the same order.
import type { NormalisationMethod } from '../model/method';

export interface NormaliseRefs {
	/** The unit's value, e.g. Treated!C2. */
	x: string;
	/** The indicator's column over all units, e.g. Treated!C$2:C$64. */
	column: string;
	/** Bounds cells: min, max (goalposts or MIN/MAX), mean and sd (z-scores). */
	min: string;
	max: string;
	mean: string;
	sd: string;
	/** Named direction cell, e.g. D_1.1.1. */
	direction: string;
	/** Score scale [low, high] of min-max and goalposts. */
	range: [number, number];
}

/** A number as a formula literal (shortest text that reads back to the same double). */
export function literal(x: number): string {
	return String(x);
}

/** `100*` for [0, 100] (the published formula, unchanged), `1+99*` for [1, 100]. */
function scalePrefix([low, high]: [number, number]): string {
	const span = literal(high - low);
	return low === 0 ? `${span}*` : `${literal(low)}+${span}*`;
}

function scaled(r: NormaliseRefs, v: string): string {
	return `=IF(ISNUMBER(${r.x}),IF(${r.max}>${r.min},${scalePrefix(r.range)}IF(${r.direction}=-1,${r.max}-${v},${v}-${r.min})/(${r.max}-${r.min}),""),"")`;
}

/** Values below (or, for direction −1, above) the unit's value. */
function countBeyond(r: NormaliseRefs): string {
	return `IF(${r.direction}=-1,COUNTIF(${r.column},">"&${r.x}),COUNTIF(${r.column},"<"&${r.x}))`;
}

const FORMULAS: Record<NormalisationMethod, (r: NormaliseRefs) => string> = {
	minmax: (r) => scaled(r, r.x),
	goalposts: (r) => scaled(r, `MAX(${r.min},MIN(${r.max},${r.x}))`),
	zscore: (r) =>
		`=IFERROR(IF(ISNUMBER(${r.x}),IF(${r.sd}>0,IF(${r.direction}=-1,${r.mean}-${r.x},${r.x}-${r.mean})/${r.sd},""),""),"")`,
	rank: (r) => `=IF(ISNUMBER(${r.x}),1+${countBeyond(r)},"")`,
	percentile: (r) =>
		`=IF(ISNUMBER(${r.x}),IFERROR(100*${countBeyond(r)}/(COUNT(${r.column})-1),""),"")`
};

/** The Normalised-sheet formula of one cell for a normalisation method; throws on unknown names. */
export function normaliseFormula(name: NormalisationMethod, refs: NormaliseRefs): string {
	const f = Object.hasOwn(FORMULAS, name) ? FORMULAS[name] : undefined;
	if (!f) throw new Error(`unknown normalisation method "${name}"`);
	return f(refs);
}
