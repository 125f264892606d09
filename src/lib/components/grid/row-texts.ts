// Cell texts of a sheet's rows, made again after an edit only for the rows whose values changed: an
// unchanged row keeps its array, so its view does not re-render.
import type { SheetSpec } from '$lib/workbook/sheet-spec';

export interface RowTexts {
	spec?: SheetSpec;
	locale?: string;
	values: unknown[][];
	/** Texts by sheet row index, one per column of the spec. */
	texts: string[][];
}

export function rowTexts(
	prev: RowTexts,
	spec: SheetSpec | undefined,
	values: unknown[][],
	locale: string,
	display: (row: number, col: number) => string
): RowTexts {
	const reuse = prev.spec === spec && prev.locale === locale;
	const texts: string[][] = [];
	for (const row of spec?.rows ?? []) {
		const same = reuse && sameRow(spec!.cols, prev.values[row], values[row]);
		texts[row] = same ? prev.texts[row] : spec!.cols.map((col) => display(row, col));
	}
	return { spec, locale, values, texts };
}

function sameRow(cols: number[], a: unknown[] | undefined, b: unknown[] | undefined): boolean {
	if (!a || !b) return a === b;
	for (const c of cols) if (!Object.is(a[c], b[c])) return false;
	return true;
}
