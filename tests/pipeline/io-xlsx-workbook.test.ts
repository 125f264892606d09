// The XLSX export of the model workbook: every sheet, every formula exactly as the workbook holds
// it, the values it computed, the named weights and directions as Excel defined names, and every
// formula and name valid for Excel.
import { afterAll, describe, expect, it } from 'vitest';
import { excelFormulaProblems, excelNameProblem } from '../../src/lib/io/excel-check';
import { workbookNames, workbookXlsx } from '../../src/lib/io/xlsx-write';
import { piiWorkbook } from './io-support';

const wb = piiWorkbook();
afterAll(() => wb.destroy());

describe('workbook XLSX', async () => {
	const XLSX = await import('@e965/xlsx');
	const book = XLSX.read(await workbookXlsx(wb), { type: 'array', cellFormula: true });
	const names = new Set(book.Workbook?.Names?.map((n) => n.Name));
	const sheets = new Set(book.SheetNames);

	it('has every sheet and every named weight and direction', () => {
		expect(book.SheetNames).toEqual(wb.hf.getSheetNames());
		expect(book.Workbook?.Names?.map((n) => [n.Name, n.Ref])).toEqual(
			workbookNames(wb).map((n) => [n.Name, n.Ref])
		);
		expect(names.has('W_1.1.1') && names.has('D_7.2.4') && names.has('W_PII')).toBe(true);
		for (const n of names) expect(excelNameProblem(n), n).toBeNull();
	});

	it('holds each formula exactly, with its computed value, and all are Excel-valid', () => {
		let formulas = 0;
		for (const name of book.SheetNames) {
			const ws = book.Sheets[name];
			const values = wb.sheetValues(name);
			const range = XLSX.utils.decode_range(ws['!ref'] as string);
			for (let r = range.s.r; r <= range.e.r; r++)
				for (let c = range.s.c; c <= range.e.c; c++) {
					const cell = ws[XLSX.utils.encode_cell({ r, c })];
					const hf = wb.formulaAt(name, r, c);
					if (hf === undefined) {
						expect(cell?.f, `${name}!${XLSX.utils.encode_cell({ r, c })}`).toBeUndefined();
						continue;
					}
					formulas++;
					expect(`=${cell.f}`).toBe(hf);
					expect(excelFormulaProblems(cell.f, names, sheets)).toEqual([]);
					const v = values[r][c];
					expect(cell.v).toBe(typeof v === 'number' ? v : '');
				}
		}
		expect(formulas).toBeGreaterThan(5000);
	});

	it('keeps unit codes as text and raw values as numbers', () => {
		const data = book.Sheets.Data;
		expect(data.A2).toMatchObject({ t: 's', v: '01' });
		expect(data.C2.t).toBe('n');
		expect(data.C2.v).toBe(wb.readData()[0][0]);
	});
});
