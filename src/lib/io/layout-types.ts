// Types of a read data sheet: its layout, the province references and the value cells found.
import type { Cell } from './grid';
import type { Role } from './headers';

export type LayoutKind = 'wide' | 'indicator-rows' | 'long';

export interface UnitRef {
	code?: string;
	name?: string;
	region?: string;
	row: number;
	col: string;
	/** Header of the column the reference was read from. */
	header?: string;
}

export interface RawCell {
	/** Index into `Layout.units`. */
	unit: number;
	/** Indicator code, or the name of a declared denominator column (population, GRDP, …). */
	indicator: string;
	denominator?: true;
	cell: Cell;
	row: number;
	col: string;
	header: string;
}

export interface Layout {
	kind: LayoutKind;
	headerRow: number;
	units: UnitRef[];
	cells: RawCell[];
	/** Distinct editions of a long file (empty when it has no edition column). */
	editions: string[];
}

export interface HeaderInfo {
	kind: LayoutKind;
	/** Index into grid rows. */
	at: number;
	headers: string[];
	roles: (Role | 'indicator-code' | null)[];
	indicators: (string | null)[];
	/** Column holding indicator codes (indicator-rows and long layouts). */
	indicatorCol: number;
}
