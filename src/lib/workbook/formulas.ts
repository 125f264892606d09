// Formula generators shared by the sheets: child references of aggregate formulas and the
// efficiency ratio. Each method's generator has its own module (normalise-, aggregate- and
// stage-formulas.ts); the kernel mirrors them exactly.

export interface ChildRef {
	/** Sheet-qualified reference, e.g. Normalised!C2. */
	ref: string;
	code: string;
}

/** Output / input efficiency ratio, blank when either is missing or input is 0. */
export function ratioFormula(outRef: string, inRef: string): string {
	return `=IFERROR(${outRef}/${inRef},"")`;
}
