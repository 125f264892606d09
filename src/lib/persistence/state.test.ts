// Stored state ↔ model: values and parameters survive the trip through the workbook, the kernel
// scores of a stored state agree with the workbook, and state equality ignores key order.
import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../model/rank';
import { compileTree } from '../model/tree';
import { ModelWorkbook } from '../workbook/workbook';
import {
	datasetOf,
	frameworkOf,
	initialState,
	sameState,
	stateFromInputs,
	stateScores
} from './state';
import { smallWorkbook } from './testing';

describe('scenario state', () => {
	const { workbook, scenario } = smallWorkbook();
	const tree = compileTree(frameworkOf(workbook));

	it('takes the official weights and directions and the data as loaded (null = missing)', () => {
		expect(workbook.baseline.values[1]).toEqual([20, 4, 2]);
		expect(workbook.baseline.values[2]).toEqual([30, null, 3]);
		expect(workbook.baseline.weights).toEqual({ IDX: 1, A: 1, a1: 2, a2: 1, B: 1, b1: 1 });
		expect(workbook.baseline.directions).toEqual({ a1: 1, a2: -1, b1: 1 });
		expect(workbook.units[0]).toEqual({
			code: '01',
			name: 'Đơn vị 01',
			nameEn: 'Unit 01',
			region: 'R'
		});
		expect(workbook.units[1].nameEn).toBeUndefined();
	});

	it('reads back from the workbook what was put in, including edited weights and directions', () => {
		const wb = new ModelWorkbook(tree, datasetOf(workbook, scenario));
		wb.setWeight(tree.indexOf.get('a1') as number, 0.25);
		wb.setDirection(tree.indexOf.get('b1') as number, -1);
		wb.setValue(3, 1, null);
		const method = { rule: 'x' };
		const state = stateFromInputs(
			tree,
			workbook.indicators,
			wb.readData(),
			wb.readParams(),
			method
		);
		wb.destroy();
		expect(state.values[3]).toEqual([40, null, 4]);
		expect(state.values[0]).toEqual([10, 5, 1]);
		expect(state.weights.a1).toBe(0.25);
		expect(state.directions).toEqual({ a1: 1, a2: -1, b1: -1 });
		expect(state.method).toEqual(method);
		expect(state.method).not.toBe(method);
	});

	it('maps columns by code when the stored order differs from the tree order', () => {
		const reordered = { ...workbook, indicators: ['b1', 'a1', 'a2'] };
		const state = { ...scenario, values: scenario.values.map(([a1, a2, b1]) => [b1, a1, a2]) };
		expect(datasetOf(reordered, state).indicators).toEqual(['b1', 'a1', 'a2']);
		expect(Array.from(stateScores(tree, reordered.indicators, state))).toEqual(
			Array.from(stateScores(tree, workbook.indicators, scenario))
		);
	});

	it('scores a stored state like the workbook does (hand-checked for unit 04)', () => {
		const scores = stateScores(tree, workbook.indicators, scenario);
		// a1: 100, a2 (−1, min 2 max 5): 100, A = (2·100 + 100)/3 = 100; b1: 100; index 100.
		expect(scores[3]).toBe(100);
		// unit 01: a1 0, a2 0, b1 0 → 0; unit 03: a1 66.67, a2 missing → A = 66.67, b1 66.67.
		expect(scores[0]).toBe(0);
		expect(scores[2]).toBeCloseTo(200 / 3, 12);
		const wb = new ModelWorkbook(tree, datasetOf(workbook, scenario));
		const root = wb.readNode(tree.root);
		wb.destroy();
		for (let u = 0; u < 4; u++) expect(Math.abs(root[u] - scores[u])).toBeLessThan(1e-9);
		expect(Array.from(competitionRanks(scores))).toEqual(Array.from(competitionRanks(root)));
	});

	it('compares states by content, not key order', () => {
		const a = initialState(frameworkOf(workbook), datasetOf(workbook, scenario));
		const b = { ...a, weights: Object.fromEntries(Object.entries(a.weights).reverse()) };
		expect(sameState(a, b)).toBe(true);
		expect(
			sameState(a, { ...a, values: [[10, 5, 1.0000000000000002], ...a.values.slice(1)] })
		).toBe(false);
		expect(sameState(a, { ...a, method: {} })).toBe(false);
	});
});
