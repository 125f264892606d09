// The Excel validity checks catch what Excel would refuse: unknown functions, bad or unknown names,
// missing sheets, formulas over Excel's limits.
import { describe, expect, it } from 'vitest';
import { excelFormulaProblems, excelNameProblem } from './excel-check';

const names = new Set(['W_1.1.1', 'D_1.1.1']);
const sheets = new Set(['Data', 'Bounds', 'Normalised']);

describe('excelFormulaProblems', () => {
	it('accepts the model formulas', () => {
		const f =
			'IF(ISNUMBER(Data!C2),IF(Bounds!C$3>Bounds!C$2,100*IF(D_1.1.1=-1,Bounds!C$3-Data!C2,Data!C2-Bounds!C$2)/(Bounds!C$3-Bounds!C$2),""),"")';
		expect(excelFormulaProblems(f, names, sheets)).toEqual([]);
		expect(excelFormulaProblems('MIN(Data!C$2:C$64)', names, sheets)).toEqual([]);
	});
	it('names what Excel would refuse', () => {
		expect(excelFormulaProblems('RANK(Data!C2)', names, sheets)).toEqual(['unknown function RANK']);
		expect(excelFormulaProblems('N(Other!C2)*W_9', names, sheets)).toEqual([
			'unknown sheet Other',
			'unknown name W_9'
		]);
		expect(excelFormulaProblems('IF((1)', names, sheets)).toEqual(['unbalanced parentheses']);
		expect(excelFormulaProblems(`N(1)${'+1'.repeat(4200)}`, names, sheets)).toContain(
			'longer than 8192 characters'
		);
	});
});

describe('excelNameProblem', () => {
	it.each([
		['W_1.1.1', null],
		['D_Tỉnh', null],
		['AB12', 'looks like a cell address'],
		['R1C1', 'looks like an R1C1 reference'],
		['W 1', 'has characters Excel does not allow'],
		['1W', 'has characters Excel does not allow']
	])('%s', (name, problem) => expect(excelNameProblem(name)).toBe(problem));
});
