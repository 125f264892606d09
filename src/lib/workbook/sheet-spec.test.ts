// Sheet specs: field names stay the header codes with display names beside them, and every column
// says how its cells show (texts left, settings and data exactly, scores with 2 decimals).
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMethod } from '../model/method';
import { piiTree, randomDataset } from '../testing/fixtures';
import { FIRST_COL, FW, FW_HEADERS, MS, RATIO_HEADER, SHEETS, TS, levelSheet } from './layout';
import { sheetSpecs, type SheetSpec } from './sheet-spec';
import { ModelWorkbook } from './workbook';

const tree = piiTree();
const method = defaultMethod();
method.treatment.method = 'winsorise';
const wb = new ModelWorkbook(tree, randomDataset(tree, 12, 3), { method });
afterAll(() => wb.destroy());

const names = {
	unit: (i: number) => `unit ${i}`,
	node: (i: number) => `node ${i}`,
	field: (name: string) => (name === 'code' ? '' : `<${name}>`)
};
const specs = sheetSpecs(wb, names);
const sheet = (name: string) => specs.find((s) => s.name === name) as SheetSpec;

describe('sheet specs', () => {
	it('keeps field names as codes and names them below', () => {
		const fw = sheet(SHEETS.framework);
		// The codes are the sheet's own header cells (the file format's column names), code aside.
		expect(fw.cols.map((c) => fw.colHeader(c).code)).toEqual(FW_HEADERS.slice(1));
		expect(FW_HEADERS).toContain('lead_department');
		expect(fw.colHeader(FW.level)).toEqual({ code: 'level', name: '<level>' });
		const ms = sheet(SHEETS.method);
		expect(ms.colHeader(MS.minChildren)).toEqual({ code: 'min_children', name: '<min_children>' });
		expect(sheet(SHEETS.treatment).colHeader(TS.points).name).toBe('<points>');
		const bounds = sheet(SHEETS.bounds);
		expect(bounds.rows.map((r) => bounds.rowHeader(r))).toEqual([
			{ code: 'min', name: '<min>' },
			{ code: 'max', name: '<max>' }
		]);
		const results = sheet(SHEETS.results);
		const ratio = results.cols
			.map((c) => results.colHeader(c))
			.find((h) => h.code === RATIO_HEADER);
		expect(ratio?.name).toBe(`<${RATIO_HEADER}>`);
	});

	it('names units and indicators, not fields, in the data sheets', () => {
		const data = sheet(SHEETS.data);
		expect(data.rowHeader(data.rows[0])).toEqual({ code: '01', name: 'unit 0' });
		expect(data.colHeader(FIRST_COL)).toEqual({
			code: '1.1.1',
			name: `node ${tree.indicators[0]}`
		});
	});

	it('shows texts as text, settings and data exactly and scores with 2 decimals', () => {
		const formats = (name: string) => {
			const spec = sheet(name);
			return spec.cols.map((c) => spec.format(c));
		};
		expect(formats(SHEETS.framework)).toEqual([
			...['text', 'text', 'text'],
			...['general', 'general', 'general'],
			...['text', 'text']
		]);
		const ms = sheet(SHEETS.method);
		expect(ms.format(MS.imputation)).toBe('text');
		expect(ms.format(MS.aggregation)).toBe('text');
		expect(ms.format(MS.json)).toBe('text');
		expect(ms.format(MS.goalpostMin)).toBe('general');
		expect(ms.format(MS.minChildren)).toBe('general');
		const ts = sheet(SHEETS.treatment);
		expect([TS.method, TS.outcome].map((c) => ts.format(c))).toEqual(['text', 'text']);
		expect([TS.points, TS.low, TS.max].map((c) => ts.format(c))).toEqual([
			'general',
			'general',
			'general'
		]);
		expect(ts.format(TS.skewAfter)).toBe('score');
		expect(new Set(formats(SHEETS.data))).toEqual(new Set(['general']));
		expect(new Set(formats(SHEETS.bounds))).toEqual(new Set(['general']));
		for (const name of [SHEETS.treated, SHEETS.normalised, levelSheet(2), SHEETS.results])
			expect(new Set(formats(name))).toEqual(new Set(['score']));
	});

	it('classifies every text cell of the tables as a text column', () => {
		for (const spec of specs.filter((s) => s.kind === 'table' || s.kind === 'framework')) {
			const values = wb.sheetValues(spec.name);
			for (const row of spec.rows)
				for (const col of spec.cols)
					if (typeof values[row]?.[col] === 'string')
						expect(spec.format(col), `${spec.name} row ${row} col ${col}`).toBe('text');
		}
	});
});
