// Each method's formula against its pure twin on a small index: the workbook's scores equal the
// kernel's, the formulas read as the method, and the degenerate cases have named tests.
import { HyperFormula } from 'hyperformula';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { DatasetWithDenominators } from '../model/dataset';
import { defaultMethod, type MethodSettings } from '../model/method';
import { meanOf, momentsOf, sampleSd } from '../model/methods/moments';
import { seededRandom } from '../model/random';
import { compileTree } from '../model/tree';
import type { FrameworkNode } from '../model/types';
import { compareWithKernel } from './agreement';
import { SHEETS, levelSheet } from './layout';
import { ModelWorkbook } from './workbook';

const node = (code: string, parent: string | null, level: number, direction: 1 | -1 = 1) =>
	({ code, parent, nameVi: code, nameEn: code, weight: 1, direction, level }) as FrameworkNode;
const tree = compileTree({
	nodes: [
		node('R', null, 3),
		node('A', 'R', 2),
		node('a1', 'A', 1),
		node('a2', 'A', 1, -1),
		node('a3', 'A', 1),
		node('B', 'R', 2),
		node('b1', 'B', 1),
		node('b2', 'B', 1)
	]
});
const N = NaN;
// a1 rises, a2 (lower is better) has a gap, a3 is constant, b1 has an outlier, b2 is all missing
const COLUMNS = [
	[10, 20, 30, 40, 50, 60],
	[1, N, 3, 4, 5, 6],
	[7, 7, 7, 7, 7, 7],
	[1, 2, 3, 4, 5, 100],
	[N, N, N, N, N, N]
];
const dataset: DatasetWithDenominators = {
	units: ['N', 'N', 'N', 'S', 'S', 'S'].map((region, u) => ({
		code: `U${u + 1}`,
		name: `Unit ${u + 1}`,
		region
	})),
	indicators: ['a1', 'a2', 'a3', 'b1', 'b2'],
	values: Float64Array.from({ length: 30 }, (_, i) => COLUMNS[i % 5][Math.floor(i / 5)]),
	denominators: { names: ['pop'], columns: [Float64Array.from([2, 4, 0, 5, N, 10])] }
};

let wb: ModelWorkbook;
afterEach(() => wb?.destroy());

function open(edit: (m: MethodSettings) => void = () => {}): ModelWorkbook {
	const m = defaultMethod();
	edit(m);
	wb = new ModelWorkbook(tree, dataset, { method: m });
	const agreement = compareWithKernel(wb);
	expect(agreement.missingMismatch).toBeNull();
	expect(agreement.worst).toBeLessThanOrEqual(1e-9);
	expect(agreement.ranksEqual).toBe(true);
	return wb;
}
const scores = (code: string) => Array.from(wb.readNode(tree.indexOf.get(code) as number));
const formula = (sheet: string, row: number, col: number) => wb.formulaAt(sheet, row, col);

describe('the published method', () => {
	it('keeps the workbook as it was: no stage sheets, the same formulas', () => {
		open();
		expect(wb.hasSheet(SHEETS.treated)).toBe(false);
		expect(formula(SHEETS.bounds, 1, 2)).toBe('=MIN(Data!C$2:C$7)');
		expect(formula(SHEETS.normalised, 1, 2)).toBe(
			'=IF(ISNUMBER(Data!C2),IF(Bounds!C$3>Bounds!C$2,100*IF(D_a1=-1,Bounds!C$3-Data!C2,Data!C2-Bounds!C$2)/(Bounds!C$3-Bounds!C$2),""),"")'
		);
		expect(scores('a3').every(Number.isNaN)).toBe(true);
	});
});

describe('denominators', () => {
	it('divide in a Denominated sheet; a zero or missing denominator gives a missing value', () => {
		open((m) => (m.denominators.a1 = 'pop'));
		expect(formula(SHEETS.denominated, 1, 2)).toBe(
			'=IFERROR(IF(ISNUMBER(Data!C2),Data!C2/Data!$H2,""),"")'
		);
		expect(formula(SHEETS.bounds, 1, 2)).toBe('=MIN(Denominated!C$2:C$7)');
		expect(wb.readStage('treated')[0]).toEqual(Float64Array.from([5, 5, N, 8, N, 6]));
	});
});

describe('imputation', () => {
	it('indicator mean via AVERAGE', () => {
		open((m) => (m.imputation.method = 'mean'));
		expect(formula(SHEETS.imputed, 2, 3)).toBe(
			'=IF(ISNUMBER(Data!D3),Data!D3,IFERROR(AVERAGE(Data!D$2:D$7),""))'
		);
		expect(wb.readStage('treated')[1][1]).toBe(19 / 5);
	});

	it('group mean via AVERAGEIF over the region column', () => {
		open((m) => (m.imputation.overrides.a2 = 'group-mean'));
		expect(formula(SHEETS.imputed, 2, 3)).toBe(
			'=IF(ISNUMBER(Data!D3),Data!D3,IFERROR(AVERAGEIF(Imputed!$H$2:$H$7,Imputed!$H3,Data!D$2:D$7),""))'
		);
		expect(wb.readStage('treated')[1][1]).toBe(2);
		expect(wb.readStage('treated')[4].every(Number.isNaN)).toBe(true);
	});
});

describe('outlier treatment', () => {
	it('winsorises b1 in the Treated sheet with caps from the Treatment log', () => {
		open((m) => {
			m.treatment.method = 'winsorise';
			m.treatment.skewness = 2;
		});
		expect(formula(SHEETS.treated, 1, 5)).toBe(
			'=IF(ISNUMBER(Data!F2),MAX(Treatment!$E$5,MIN(Treatment!$F$5,Data!F2)),"")'
		);
		expect(wb.readStage('treated')[3]).toEqual(Float64Array.from([1, 2, 3, 4, 5, 5]));
		const log = wb.treatmentLog();
		expect(log.map((e) => [e.code, e.outcome, e.points])).toEqual([
			['a1', 'passed', 0],
			['a2', 'passed', 0],
			['a3', 'passed', 0],
			['b1', 'winsorised', 1],
			['b2', 'too-few', 0]
		]);
	});

	it('decides again after a data edit, in the same undo step', () => {
		open((m) => {
			m.treatment.method = 'winsorise';
			m.treatment.skewness = 2;
		});
		wb.setValue(5, 3, 6);
		expect(wb.treatmentLog()[3].outcome).toBe('passed');
		expect(formula(SHEETS.treated, 1, 5)).toBe('=IF(ISNUMBER(Data!F2),Data!F2,"")');
		expect(compareWithKernel(wb).worst).toBe(0);
		wb.undo();
		expect(wb.treatmentLog()[3].outcome).toBe('winsorised');
		expect(compareWithKernel(wb).worst).toBe(0);
	});
});

describe('normalisation', () => {
	it('z-score via AVERAGE and STDEV.S in the Bounds sheet', () => {
		open((m) => (m.normalisation.method = 'zscore'));
		expect(formula(SHEETS.bounds, 4, 2)).toBe('=STDEV.S(Data!C$2:C$7)');
		expect(formula(SHEETS.normalised, 1, 2)).toBe(
			'=IFERROR(IF(ISNUMBER(Data!C2),IF(Bounds!C$5>0,IF(D_a1=-1,Bounds!C$4-Data!C2,Data!C2-Bounds!C$4)/Bounds!C$5,""),""),"")'
		);
		expect(scores('a1')[2]).toBeCloseTo(-0.5 / Math.sqrt(3.5), 14);
		expect(scores('a3').every(Number.isNaN)).toBe(true);
	});

	it('goalposts via MIN/MAX clipping against the Method sheet', () => {
		open((m) => {
			m.normalisation.overrides.a1 = 'goalposts';
			m.normalisation.goalposts.a1 = [15, 45];
		});
		expect(formula(SHEETS.bounds, 1, 2)).toBe('=Method!$F$4');
		expect(scores('a1')).toEqual([0, 500 / 30, 1500 / 30, 2500 / 30, 100, 100]);
	});

	it('ties: rank via COUNTIF gives tied values the lowest rank, and constant columns all 1', () => {
		open((m) => (m.normalisation.method = 'rank'));
		expect(formula(SHEETS.normalised, 1, 2)).toBe(
			'=IF(ISNUMBER(Data!C2),1+IF(D_a1=-1,COUNTIF(Data!C$2:C$7,">"&Data!C2),COUNTIF(Data!C$2:C$7,"<"&Data!C2)),"")'
		);
		expect(scores('a2')).toEqual([5, N, 4, 3, 2, 1]);
		expect(scores('a3')).toEqual([1, 1, 1, 1, 1, 1]);
	});

	it('percentile rank scaled to 0–100', () => {
		open((m) => (m.normalisation.method = 'percentile'));
		expect(scores('a1')).toEqual([0, 20, 40, 60, 80, 100]);
		expect(scores('a3')).toEqual([0, 0, 0, 0, 0, 0]);
		expect(scores('b2').every(Number.isNaN)).toBe(true);
	});
});

describe('aggregation', () => {
	it('geometric mean via EXP of weighted LN sums, skipping missing children', () => {
		open((m) => {
			m.normalisation.range = [1, 100];
			m.aggregation.method = 'geometric';
		});
		expect(formula(levelSheet(2), 1, 2)).toContain('EXP((IF(ISNUMBER(Normalised!C2)*W_a1,W_a1*LN(');
		// unit 2: a1 scores 1 + 99·0.2, a2 is missing and a3 constant, so A is a1's score
		expect(scores('A')[1]).toBeCloseTo(20.8, 12);
		expect(scores('A')[2]).toBeCloseTo(Math.sqrt((1 + 99 * 0.4) * (1 + 99 * 0.6)), 12);
	});

	it('zeros under a geometric mean give 0', () => {
		open((m) => (m.aggregation.levels['2'] = 'geometric'));
		expect(scores('A')[0]).toBe(0);
		expect(scores('A')[5]).toBe(0);
	});

	it('harmonic mean via weighted reciprocals, and a threshold via COUNT', () => {
		open((m) => {
			m.normalisation.range = [1, 100];
			m.aggregation.method = 'harmonic';
			m.aggregation.thresholds.A = 1;
		});
		const f = formula(levelSheet(2), 1, 2) as string;
		expect(f.startsWith('=IF(COUNT(Normalised!C2,Normalised!D2,Normalised!E2)<3,"",')).toBe(true);
		expect(f).toContain('W_a1/Normalised!C2');
		// a3 is constant (no score), so A never has all three children
		expect(scores('A').every(Number.isNaN)).toBe(true);
		expect(scores('R')[0]).toBe(1);
	});

	it('refuses a harmonic mean over children that can be 0, changing nothing', () => {
		open();
		const before = wb.readNode(tree.root);
		const m = defaultMethod();
		m.aggregation.method = 'harmonic';
		expect(() => wb.setMethod(m)).toThrow(/harmonic mean is refused.*\[1, 100\]/);
		expect(wb.readNode(tree.root)).toEqual(before);
		expect(wb.hf.isThereSomethingToUndo()).toBe(false);
	});
});

describe('setMethod', () => {
	it('rebuilds the affected sheets as one undo step, and redo brings them back', () => {
		open();
		const published = wb.readNode(tree.root);
		const m = defaultMethod();
		m.imputation.method = 'mean';
		m.treatment.method = 'winsorise';
		m.normalisation.method = 'zscore';
		wb.setMethod(m);
		expect(wb.hasSheet(SHEETS.imputed) && wb.hasSheet(SHEETS.treated)).toBe(true);
		expect(wb.method.normalisation.method).toBe('zscore');
		const changed = wb.readNode(tree.root);
		expect(changed).not.toEqual(published);
		wb.undo();
		expect(wb.hasSheet(SHEETS.imputed)).toBe(false);
		expect(wb.method.normalisation.method).toBe('minmax');
		expect(wb.readNode(tree.root)).toEqual(published);
		wb.redo();
		expect(wb.readNode(tree.root)).toEqual(changed);
		expect(compareWithKernel(wb).worst).toBeLessThanOrEqual(1e-9);
	});

	it('single unit: every normalisation but rank leaves the unit unscored', () => {
		const one: DatasetWithDenominators = {
			...dataset,
			units: [dataset.units[0]],
			values: dataset.values.slice(0, 5)
		};
		for (const method of ['minmax', 'zscore', 'percentile', 'rank'] as const) {
			const m = defaultMethod();
			m.normalisation.method = method;
			const book = new ModelWorkbook(tree, one, { method: m });
			expect(compareWithKernel(book).missingMismatch, method).toBeNull();
			expect(Number.isNaN(book.readNode(tree.root)[0]), method).toBe(method !== 'rank');
			book.destroy();
		}
	});
});

describe('moments against the spreadsheet', () => {
	const rnd = seededRandom(11);
	const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', smartRounding: false });
	const sheet = hf.getSheetId(hf.addSheet('S')) as number;
	afterAll(() => hf.destroy());
	const columns = Array.from({ length: 60 }, (_, t) =>
		Array.from({ length: 10 + t }, () =>
			rnd() < 0.1 ? NaN : t % 3 === 0 ? Math.exp(8 * rnd()) : t % 3 === 1 ? 1e6 + rnd() : rnd()
		)
	);
	const spreadsheet = (x: number[], f: string) => {
		hf.setSheetContent(sheet, [
			...x.map((v) => [Number.isNaN(v) ? null : v]),
			[`=${f}(A1:A${x.length})`]
		]);
		return hf.getCellValue({ sheet, row: x.length, col: 0 }) as number;
	};

	it('mean and sample sd equal AVERAGE and STDEV.S bit for bit (so z-scores do)', () => {
		for (const x of columns) {
			const m = meanOf(x);
			expect(m.mean).toBe(spreadsheet(x, 'AVERAGE'));
			expect(sampleSd(x, m.mean, m.count)).toBe(spreadsheet(x, 'STDEV.S'));
		}
	});

	it('skewness agrees with SKEW to 1e-10 (columns whose mean dwarfs the spread aside)', () => {
		const ordinary = columns.filter((_, t) => t % 3 !== 1);
		for (const x of ordinary)
			expect(Math.abs(momentsOf(x).skew - spreadsheet(x, 'SKEW'))).toBeLessThan(1e-10);
	});
});
