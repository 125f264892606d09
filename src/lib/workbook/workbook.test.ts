// The workbook against the kernel: random edits (values, missing cells, weights, directions) must give
// the same scores to 1e-9 and the same ranks exactly; plus the shape and readability of the formulas.
import { afterAll, describe, expect, it } from 'vitest';
import { columnsFor } from '../model/dataset';
import { indicatorCodes } from '../model/indicators';
import { createKernel, frameworkParams } from '../model/kernel';
import { competitionRanks } from '../model/rank';
import { piiTree, randomDataset, seededRandom } from '../testing/fixtures';
import { SHEETS, levelSheet } from './layout';
import { readResults } from './results';
import { ModelWorkbook } from './workbook';

const tree = piiTree();
const N_UNITS = 63;
const dataset = randomDataset(tree, N_UNITS, 7);
const wb = new ModelWorkbook(tree, dataset);
afterAll(() => wb.destroy());

function expectAgreement(columns: Float64Array[], params: ReturnType<typeof frameworkParams>) {
	const kernel = createKernel(tree, N_UNITS).compute(columns, params);
	const results = readResults(wb);
	let worst = 0;
	tree.nodes.forEach((node, i) => {
		for (let u = 0; u < N_UNITS; u++) {
			const a = results.scores[i][u];
			const b = kernel.scores[i][u];
			if (Number.isNaN(a) || Number.isNaN(b)) {
				if (Number.isNaN(a) !== Number.isNaN(b))
					throw new Error(`${node.code} unit ${u}: workbook ${a}, kernel ${b}`);
			} else worst = Math.max(worst, Math.abs(a - b));
		}
	});
	expect(worst).toBeLessThanOrEqual(1e-9);
	expect(Array.from(results.ranks)).toEqual(Array.from(competitionRanks(kernel.scores[tree.root])));
}

describe('workbook formulas', () => {
	it('writes unit codes and indicator codes as text', () => {
		const data = wb.hf.getSheetValues(wb.sheetId(SHEETS.data));
		expect(data[1][0]).toBe('01');
		expect(data[0][2]).toBe('1.1.1');
	});

	it('makes a sub-pillar a readable weighted mean of named weights', () => {
		const f = wb.formulaAt(levelSheet(2), 1, 2);
		expect(f).toBe(
			'=IFERROR((N(Normalised!C2)*W_1.1.1+N(Normalised!D2)*W_1.1.2+N(Normalised!E2)*W_1.1.3)/' +
				'(ISNUMBER(Normalised!C2)*W_1.1.1+ISNUMBER(Normalised!D2)*W_1.1.2+ISNUMBER(Normalised!E2)*W_1.1.3),"")'
		);
	});

	it('normalises by min-max against the Bounds sheet with the indicator direction', () => {
		expect(wb.formulaAt(SHEETS.normalised, 1, 2)).toContain('D_1.1.1=-1');
		expect(wb.formulaAt(SHEETS.bounds, 1, 2)).toBe(`=MIN(Data!C$2:C$${N_UNITS + 1})`);
	});

	it('agrees with the kernel on the initial data', () => {
		expectAgreement(columnsFor(dataset, indicatorCodes(tree)), frameworkParams(tree));
	});
});

describe('property: 1,000 random edits', () => {
	it('keeps workbook and kernel equal after every edit', () => {
		const rnd = seededRandom(2024);
		const columns = columnsFor(dataset, indicatorCodes(tree));
		const params = frameworkParams(tree);
		const nInd = tree.indicators.length;
		const pick = (n: number) => Math.floor(rnd() * n);
		for (let step = 0; step < 1000; step++) {
			const kind = rnd();
			if (kind < 0.5) {
				const u = pick(N_UNITS);
				const p = pick(nInd);
				const v = rnd() < 0.15 ? null : Math.round(rnd() * 1e6) / 1e4 - 10;
				wb.setValue(u, p, v);
				columns[p][u] = v === null ? NaN : v;
			} else if (kind < 0.6) {
				// a block of edits (a paste) as one step, sometimes making a column constant
				const p = pick(nInd);
				const constant = rnd() < 0.3 ? 5 : null;
				const edits = Array.from({ length: 5 }, () => pick(N_UNITS)).map((u) => ({
					unit: u,
					indicator: p,
					value: constant ?? rnd() * 50
				}));
				wb.setValues(edits);
				for (const e of edits) columns[p][e.unit] = e.value;
			} else if (kind < 0.85) {
				const node = 1 + pick(tree.nodes.length - 1);
				const w = rnd() < 0.1 ? 0 : Math.round(rnd() * 400) / 100;
				wb.setWeight(node, w);
				params.weights[node] = w;
			} else {
				const node = tree.indicators[pick(nInd)];
				const d = params.directions[node] === 1 ? -1 : 1;
				wb.setDirection(node, d);
				params.directions[node] = d;
			}
			expectAgreement(columns, params);
		}
	});
});

describe('edits', () => {
	it('undoes a block of values as one step', () => {
		const before = wb.readNode(tree.root);
		wb.setValues([
			{ unit: 0, indicator: 0, value: 1e6 },
			{ unit: 1, indicator: 1, value: -1e6 }
		]);
		expect(Array.from(wb.readNode(tree.root))).not.toEqual(Array.from(before));
		wb.undo();
		expect(Array.from(wb.readNode(tree.root))).toEqual(Array.from(before));
	});

	it('refuses a negative weight, a non-finite value and a bad direction without changing anything', () => {
		const before = wb.readNode(tree.root);
		expect(() => wb.setWeight(1, -1)).toThrow();
		expect(() => wb.setValue(0, 0, Infinity)).toThrow();
		expect(() => wb.setDirection(tree.indicators[0], 2 as 1)).toThrow();
		expect(() => wb.setDirection(tree.root, -1)).toThrow();
		expect(Array.from(wb.readNode(tree.root))).toEqual(Array.from(before));
	});
});
