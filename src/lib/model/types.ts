// Core types of the index model: framework tree, units, dataset, diagnostics.
// Pure data, no behaviour; everything in model/ builds on these.

export type Direction = 1 | -1;

export interface FrameworkNode {
	code: string;
	parent: string | null;
	nameVi: string;
	nameEn: string;
	/** Relative weight within the parent (renormalised over present siblings). */
	weight: number;
	/** 1 = higher is better, -1 = lower is better. Only meaningful on indicators. */
	direction: Direction;
	/** Height in the tree: indicators are 1, an aggregate is 1 + the highest level of its children. */
	level: number;
	unit?: string;
	leadDepartment?: string;
	notes?: string;
}

export interface Framework {
	/** Nodes in framework (file) order. */
	nodes: FrameworkNode[];
}

export interface Unit {
	code: string;
	name: string;
	region?: string;
}

export interface Dataset {
	units: Unit[];
	/** Indicator codes, column order of `values`. */
	indicators: string[];
	/** Row-major units × indicators; NaN marks a missing value. */
	values: Float64Array;
}

/** A problem found in an input file, located as precisely as possible. */
export interface Issue {
	severity: 'error' | 'warning';
	message: string;
	/** 1-based row of the file, header = 1. */
	row?: number;
	column?: string;
	code?: string;
}

export type Result<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; errors: Issue[] };
