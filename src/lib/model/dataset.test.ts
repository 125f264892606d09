// Data files → Dataset: codes stay text, empty = missing, located rejections (bad numbers, duplicate
// units, unknown or missing columns), optional region, and columnsFor's reordering.
import { describe, expect, it } from 'vitest';
import { readDataCsv } from '../io/csv';
import { columnsFor, parseDataset, parsePlainNumber } from './dataset';
import { formatIssue } from './issues';
import type { Dataset, Issue, Result } from './types';

const INDICATORS = ['1.1.1', '1.1.2', '2.1.1'];

function ok(result: Result<Dataset>): { value: Dataset; warnings: Issue[] } {
	if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e)).join('\n'));
	return result;
}

function errorsOf(result: Result<Dataset>): Issue[] {
	if (result.ok) throw new Error('expected the data file to be rejected');
	expect(result).not.toHaveProperty('value');
	return result.errors;
}

/** Value of unit row u, indicator code c. */
const valueAt = (d: Dataset, u: number, c: string) =>
	d.values[u * d.indicators.length + d.indicators.indexOf(c)];

describe('parseDataset', () => {
	it('keeps unit codes as text, leading zeros included', () => {
		const d = ok(
			readDataCsv('code,name,1.1.1,1.1.2,2.1.1\n01,Ha Noi,1,2,3\n007,Hue,4,5,6\n', INDICATORS)
		).value;
		expect(d.units.map((u) => u.code)).toEqual(['01', '007']);
		expect(d.units[0]).toEqual({ code: '01', name: 'Ha Noi' });
		expect(d.indicators).toEqual(INDICATORS);
		expect(Array.from(d.values)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('reads an empty cell as missing (NaN), not zero', () => {
		const d = ok(
			readDataCsv('code,name,1.1.1,1.1.2,2.1.1\n01,A,,2,3\n02,B,4,  ,0\n', INDICATORS)
		).value;
		expect(valueAt(d, 0, '1.1.1')).toBeNaN();
		expect(valueAt(d, 1, '1.1.2')).toBeNaN();
		expect(valueAt(d, 1, '2.1.1')).toBe(0);
		expect(valueAt(d, 0, '1.1.2')).toBe(2);
	});

	it('reads signed, decimal and exponent numbers', () => {
		expect(parsePlainNumber(' -2.5e3 ')).toBe(-2500);
		expect(parsePlainNumber('.5')).toBe(0.5);
		expect(parsePlainNumber('+7')).toBe(7);
		expect(parsePlainNumber('')).toBeNaN();
		expect(parsePlainNumber('1,5')).toBeNull();
		expect(parsePlainNumber('12abc')).toBeNull();
	});

	it('rejects non-numeric text naming the row, the column and the text', () => {
		const errors = errorsOf(
			readDataCsv('code,name,1.1.1,1.1.2,2.1.1\n01,A,1,2,3\n02,B,4,n/a,6\n', INDICATORS)
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ severity: 'error', row: 3, column: '1.1.2', code: '02' });
		expect(errors[0].message).toContain('n/a');
		const line = formatIssue(errors[0]);
		expect(line).toContain('row 3');
		expect(line).toContain('column 1.1.2');
		expect(line).toContain('"n/a"');
	});

	it('rejects a decimal comma, a thousands separator and an infinite value', () => {
		const errors = errorsOf(
			readDataCsv('code,name,1.1.1,1.1.2,2.1.1\n01,A,"6,35","1 234",1e999\n', INDICATORS)
		);
		expect(errors.map((e) => e.column)).toEqual(['1.1.1', '1.1.2', '2.1.1']);
		expect(errors.every((e) => e.row === 2)).toBe(true);
		expect(errors[0].message).toContain('6,35');
		expect(errors[2].message).toContain('1e999');
	});

	it('rejects a duplicate unit code naming both rows', () => {
		const errors = errorsOf(
			readDataCsv('code,name,1.1.1,1.1.2,2.1.1\n01,A,1,2,3\n02,B,1,2,3\n01,C,1,2,3\n', INDICATORS)
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ row: 4, code: '01' });
		expect(errors[0].message).toContain('"01"');
		expect(errors[0].message).toContain('row 2');
	});

	it('rejects an empty unit code', () => {
		const errors = errorsOf(readDataCsv('code,name,1.1.1\n,A,1\n', ['1.1.1']));
		expect(errors[0]).toMatchObject({ row: 2, column: 'code' });
	});

	it('rejects a column that is not an indicator of the framework', () => {
		const errors = errorsOf(
			readDataCsv('code,name,1.1.1,1.1.2,2.1.1,9.9.9\n01,A,1,2,3,4\n', INDICATORS)
		);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ row: 1, column: '9.9.9' });
		expect(errors[0].message).toContain('9.9.9');
	});

	it('rejects an indicator column given twice', () => {
		const errors = errorsOf(readDataCsv('code,name,1.1.1,1.1.1\n01,A,1,2\n', ['1.1.1']));
		expect(errors[0]).toMatchObject({ row: 1, column: '1.1.1' });
	});

	it('rejects a file without a code column or without a name column', () => {
		const noCode = errorsOf(readDataCsv('name,1.1.1\nA,1\n', ['1.1.1']));
		expect(noCode.map((e) => e.message)).toEqual(['missing column "code"']);
		const noName = errorsOf(readDataCsv('code,1.1.1\n01,1\n', ['1.1.1']));
		expect(noName.map((e) => e.message)).toEqual(['missing column "name"']);
		const neither = errorsOf(readDataCsv('1.1.1\n1\n', ['1.1.1']));
		expect(neither).toHaveLength(2);
	});

	it('rejects a file with no unit rows', () => {
		const errors = errorsOf(readDataCsv('code,name,1.1.1\n', ['1.1.1']));
		expect(errors[0].message).toContain('no unit rows');
	});

	it('accepts a missing indicator column with a warning, all its values missing', () => {
		const result = ok(readDataCsv('code,name,1.1.1,2.1.1\n01,A,1,3\n02,B,4,6\n', INDICATORS));
		expect(result.warnings).toHaveLength(1);
		expect(result.warnings[0]).toMatchObject({ severity: 'warning', column: '1.1.2' });
		const d = result.value;
		expect(d.indicators).toEqual(INDICATORS);
		expect(valueAt(d, 0, '1.1.2')).toBeNaN();
		expect(valueAt(d, 1, '1.1.2')).toBeNaN();
		expect(valueAt(d, 1, '2.1.1')).toBe(6);
	});

	it('treats the region column as optional, in any position and case', () => {
		const without = ok(readDataCsv('code,name,1.1.1\n01,A,1\n', ['1.1.1'])).value;
		expect(without.units[0]).toEqual({ code: '01', name: 'A' });
		expect(without.units[0]).not.toHaveProperty('region');
		const withRegion = ok(
			readDataCsv('Region,1.1.1,Name,Code\nRed River Delta,1,A,01\n,2,B,02\n', ['1.1.1'])
		).value;
		expect(withRegion.units).toEqual([
			{ code: '01', name: 'A', region: 'Red River Delta' },
			{ code: '02', name: 'B' }
		]);
		expect(Array.from(withRegion.values)).toEqual([1, 2]);
	});

	it('falls back to the code when a unit has no name', () => {
		const d = ok(parseDataset(['code', 'name', 'x'], [['05', '', '1']], ['x'])).value;
		expect(d.units[0].name).toBe('05');
	});
});

describe('columnsFor', () => {
	it('returns one column per requested indicator, in the requested order', () => {
		const d = ok(
			readDataCsv(
				'code,name,2.1.1,1.1.1,1.1.2\n01,A,30,10,20\n02,B,31,,21\n03,C,32,12,22\n',
				INDICATORS
			)
		).value;
		const cols = columnsFor(d, ['2.1.1', '1.1.2', '1.1.1']);
		expect(cols.map((c) => Array.from(c))).toEqual([
			[30, 31, 32],
			[20, 21, 22],
			[10, NaN, 12]
		]);
		expect(cols.every((c) => c instanceof Float64Array && c.length === 3)).toBe(true);
	});

	it('gives an all-missing column for an indicator the dataset does not have', () => {
		const d = ok(readDataCsv('code,name,1.1.1\n01,A,5\n02,B,6\n', ['1.1.1'])).value;
		const [known, unknown] = columnsFor(d, ['1.1.1', '7.2.4']);
		expect(Array.from(known)).toEqual([5, 6]);
		expect(Array.from(unknown)).toEqual([NaN, NaN]);
	});
});
