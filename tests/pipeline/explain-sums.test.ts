// On the real PII framework and the default dataset, through the HyperFormula workbook: every
// unit's indicator contributions add up to its score and every gap's parts add up to the gap.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/lib/io/load-model';
import { contributions } from '../../src/lib/model/contributions';
import { gapRows, total, waterfallSteps } from '../../src/lib/model/explain';
import { ModelWorkbook } from '../../src/lib/workbook/workbook';

const read = (p: string) =>
	readFileSync(new URL(`../../src/lib/data/${p}`, import.meta.url), 'utf8');
const model = loadModel(read('pii-framework.csv'), read('illustrative-2023.csv'));
if (!model.ok) throw new Error(model.errors.map((e) => e.message).join('\n'));
const wb = new ModelWorkbook(model.tree, model.dataset);
const tree = wb.tree;
const TOL = 1e-9;

function checkSums(scores: Float64Array[], weights: Float64Array): number {
	let checked = 0;
	for (const node of tree.aggregates)
		for (let u = 0; u < wb.nUnits; u++) {
			const parts = contributions(tree, weights, scores, u, node).map((c) => c.value);
			if (Number.isNaN(scores[node][u])) continue;
			expect(Math.abs(total(parts) - scores[node][u])).toBeLessThan(TOL);
			const steps = waterfallSteps(parts.map((value, indicator) => ({ indicator, value })));
			expect(Math.abs(steps[steps.length - 1].end - scores[node][u])).toBeLessThan(TOL);
			checked++;
		}
	return checked;
}

describe('explanations on the PII framework and the default dataset', () => {
	it('has the full framework and dataset', () => {
		expect(tree.indicators).toHaveLength(52);
		expect(wb.nUnits).toBe(63);
	});

	it('contributions sum to every score of every aggregate for every province', () => {
		const scores = wb.readAll();
		expect(checkSums(scores, wb.readParams().weights)).toBe(tree.aggregates.length * wb.nUnits);
	});

	it('the parts of every gap to the first province sum to the gap, at every aggregate', () => {
		const scores = wb.readAll();
		const { weights } = wb.readParams();
		for (const node of tree.aggregates)
			for (let b = 1; b < wb.nUnits; b++) {
				const rows = gapRows(tree, weights, scores, 0, b, node);
				const gap = scores[node][0] - scores[node][b];
				expect(Math.abs(total(rows.map((r) => r.diff)) - gap)).toBeLessThan(TOL);
			}
	});

	it('still adds up after a missing value and an unequal weight are set in the workbook', () => {
		wb.setValue(5, tree.indicatorPos[tree.indexOf.get('2.2.1') as number], null);
		wb.setValues(
			tree.children[tree.indexOf.get('6.1') as number].map((k) => ({
				unit: 9,
				indicator: tree.indicatorPos[k],
				value: null
			}))
		);
		wb.setWeight(tree.indexOf.get('P3') as number, 2.5);
		wb.setWeight(tree.indexOf.get('5.1.2') as number, 0.4);
		const scores = wb.readAll();
		expect(Number.isNaN(scores[tree.indexOf.get('6.1') as number][9])).toBe(true);
		const { weights } = wb.readParams();
		expect(weights[tree.indexOf.get('P3') as number]).toBe(2.5);
		checkSums(scores, weights);
		const rows = gapRows(tree, weights, scores, 5, 9, tree.root);
		expect(Math.abs(total(rows.map((r) => r.diff)) - (scores[0][5] - scores[0][9]))).toBeLessThan(
			TOL
		);
	});
});
