// Sheet names and cell positions of the model workbook. Every matrix sheet has the same shape:
// row 1 = headers, one row per unit from row 2; column A = unit code, B = unit name, data from C.

export const SHEETS = {
	framework: 'Framework',
	data: 'Data',
	/** Present only when the method uses the stage. */
	denominated: 'Denominated',
	imputed: 'Imputed',
	treated: 'Treated',
	/** One row per indicator: what the outlier treatment did (values computed in TypeScript). */
	treatment: 'Treatment',
	bounds: 'Bounds',
	normalised: 'Normalised',
	results: 'Results',
	/** The method settings: one row per node, and the settings as JSON. */
	method: 'Method'
} as const;

export function levelSheet(level: number): string {
	return `Level${level}`;
}

/** 0-based column of the first data column (C) in matrix sheets. */
export const FIRST_COL = 2;
/** 0-based row of the first unit (row 2). */
export const FIRST_ROW = 1;

/** Framework sheet columns (0-based). */
export const FW = {
	code: 0,
	parent: 1,
	nameVi: 2,
	nameEn: 3,
	level: 4,
	weight: 5,
	direction: 6,
	unit: 7,
	leadDepartment: 8
} as const;
export const FW_HEADERS = [
	'code',
	'parent',
	'name_vi',
	'name_en',
	'level',
	'weight',
	'direction',
	'unit',
	'lead_department'
];

/** Bounds sheet rows (0-based): min in row 2, max in row 3; mean and sd (z-scores only) below. */
export const BOUNDS_MIN_ROW = 1;
export const BOUNDS_MAX_ROW = 2;
export const BOUNDS_MEAN_ROW = 3;
export const BOUNDS_SD_ROW = 4;

/** Method sheet columns (0-based); one row per node in tree order from row 2. */
export const MS = {
	code: 0,
	denominator: 1,
	imputation: 2,
	treatment: 3,
	normalisation: 4,
	goalpostMin: 5,
	goalpostMax: 6,
	aggregation: 7,
	minChildren: 8,
	/** The settings as JSON, in row 2 (the source the workbook reads them back from). */
	json: 10
} as const;
export const MS_HEADERS = [
	'code',
	'denominator',
	'imputation',
	'treatment',
	'normalisation',
	'goalpost_min',
	'goalpost_max',
	'aggregation',
	'min_children'
];

/** Treatment sheet columns (0-based); one row per indicator from row 2. */
export const TS = {
	code: 0,
	method: 1,
	outcome: 2,
	points: 3,
	low: 4,
	high: 5,
	min: 6,
	max: 7,
	skewBefore: 8,
	kurtBefore: 9,
	skewAfter: 10,
	kurtAfter: 11
} as const;
export const TS_HEADERS = [
	'code',
	'treatment',
	'outcome',
	'points',
	'low',
	'high',
	'min',
	'max',
	'skew_before',
	'kurt_before',
	'skew_after',
	'kurt_after'
];

/** Column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
	let n = index + 1;
	let s = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		s = String.fromCharCode(65 + r) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

/** A1 address (relative) for 0-based column and row. */
export function a1(col: number, row: number): string {
	return `${columnLetter(col)}${row + 1}`;
}

/** A literal text cell: the apostrophe keeps "01" or "1.1" from being read as a number. */
export function textCell(text: string): string {
	return `'${text}`;
}

/** Header of the efficiency-ratio column in the Results sheet. */
export const RATIO_HEADER = 'OUT/IN';
