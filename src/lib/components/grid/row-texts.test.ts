// Row texts: an unchanged row keeps its array; a changed value, another sheet or locale makes anew.
import { describe, expect, it } from 'vitest';
import type { SheetSpec } from '$lib/workbook/sheet-spec';
import { rowTexts } from './row-texts';

const spec = { name: 'Data', rows: [1, 2, 3], cols: [2, 3] } as unknown as SheetSpec;
const display = (values: unknown[][]) => (row: number, col: number) => String(values[row][col]);
const sheet = (): unknown[][] => [[], ['a', 'x', 1, 2], ['b', 'y', 3, 4], ['c', 'z', 5, 6]];

describe('row texts', () => {
	it('keeps the arrays of rows whose values did not change', () => {
		const v1 = sheet();
		const first = rowTexts({ values: [], texts: [] }, spec, v1, 'vi', display(v1));
		expect(first.texts[2]).toEqual(['3', '4']);
		const v2 = sheet();
		v2[2][3] = 40;
		const second = rowTexts(first, spec, v2, 'vi', display(v2));
		expect(second.texts[1]).toBe(first.texts[1]);
		expect(second.texts[3]).toBe(first.texts[3]);
		expect(second.texts[2]).not.toBe(first.texts[2]);
		expect(second.texts[2]).toEqual(['3', '40']);
	});

	it('ignores columns the sheet does not show, and makes anew for another locale or sheet', () => {
		const v1 = sheet();
		const first = rowTexts({ values: [], texts: [] }, spec, v1, 'vi', display(v1));
		const v2 = sheet();
		v2[1][1] = 'renamed';
		expect(rowTexts(first, spec, v2, 'vi', display(v2)).texts[1]).toBe(first.texts[1]);
		expect(rowTexts(first, spec, v1, 'en', display(v1)).texts[1]).not.toBe(first.texts[1]);
		const other = { ...spec } as SheetSpec;
		expect(rowTexts(first, other, v1, 'vi', display(v1)).texts[1]).not.toBe(first.texts[1]);
	});

	it('treats NaN as equal to NaN and a missing row as changed', () => {
		const v1 = sheet();
		v1[3][2] = NaN;
		const first = rowTexts({ values: [], texts: [] }, spec, v1, 'vi', display(v1));
		const v2 = sheet();
		v2[3][2] = NaN;
		expect(rowTexts(first, spec, v2, 'vi', display(v2)).texts[3]).toBe(first.texts[3]);
		const v3 = sheet();
		v3[3] = undefined as unknown as unknown[];
		const third = rowTexts(first, spec, v3, 'vi', () => '');
		expect(third.texts[3]).not.toBe(first.texts[3]);
	});
});
