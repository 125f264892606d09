// 63 → 34: the declared rules and weights cover every indicator and province; sums and weighted
// means; non-combinable indicators left out for all; published 2025 scores with sources.
import { describe, expect, it } from 'vitest';
import { indicatorCodes } from '../indicators';
import { createKernel } from '../kernel';
import { columnsFor } from '../dataset';
import { combine, mergeDataset } from './merge';
import { readMergedUnits, readMergeRules, readUnitWeights, type MergeRule } from './merge-files';
import { readPublishedScores } from './published';
import { dataFile, piiModel } from './testing';

const pii = piiModel();
const codes = indicatorCodes(pii.tree);
const units34 = readMergedUnits(dataFile('provinces-34.csv'));
const rulesRead = readMergeRules(dataFile('merge-rules.csv'), codes);
const weightsRead = readUnitWeights(dataFile('province-weights-illustrative.csv'));

describe('the merge files', () => {
	it('declare a rule for each of the 52 indicators and weights for each of the 63 provinces', () => {
		expect(rulesRead.ok).toBe(true);
		expect(weightsRead.ok).toBe(true);
		if (!rulesRead.ok || !weightsRead.ok) return;
		expect(rulesRead.value.every((r) => r.noteVi && r.noteEn)).toBe(true);
		const old = new Set(pii.dataset.units.map((u) => u.code));
		expect(new Set(weightsRead.value.keys())).toEqual(old);
		expect(units34).toHaveLength(34);
		expect(new Set(units34.flatMap((u) => u.from))).toEqual(old);
	});

	it('refuses an unknown rule and a weighted mean without a basis', () => {
		const bad = readMergeRules('code,rule,weight_basis\n1.1.1,avg,\n1.1.2,weighted_mean,\n', codes);
		expect(bad.ok ? [] : bad.errors).toHaveLength(2);
	});
});

describe('merging 63 provinces into 34 units', () => {
	const rule = (r: MergeRule['rule']): MergeRule => ({
		code: 'x',
		rule: r,
		basis: 'population',
		quality: 'exact',
		noteVi: '',
		noteEn: ''
	});
	it('sums, weights means, and leaves a value missing when a part is missing', () => {
		expect(combine([1, 2, 3], [1, 1, 1], rule('sum'))).toBe(6);
		expect(combine([10, 20], [1, 3], rule('weighted_mean'))).toBe(17.5);
		expect(combine([10, NaN], [1, 3], rule('weighted_mean'))).toBeNaN();
		expect(combine([10, 20], [1, 3], rule('not_combinable'))).toBeNaN();
		expect(combine([7], [NaN], rule('weighted_mean'))).toBe(7);
	});

	it('computes the index on the 34 units; non-combinable indicators are left out for all', () => {
		if (!rulesRead.ok || !weightsRead.ok) throw new Error('files');
		const out = mergeDataset(pii.dataset, units34, rulesRead.value, weightsRead.value);
		expect(out.unknownCodes).toEqual([]);
		expect(out.dataset.units).toHaveLength(34);
		const hcm = out.dataset.units.findIndex((u) => u.code === '79');
		const k = codes.indexOf('4.2.3');
		const share = (c: string) =>
			pii.dataset.values[pii.dataset.units.findIndex((u) => u.code === c) * codes.length + k];
		expect(out.dataset.values[hcm * codes.length + k]).toBeCloseTo(
			share('79') + share('74') + share('77'),
			12
		);
		const unused = out.indicators.filter((i) => !i.used).map((i) => i.rule.code);
		expect(unused).toEqual(['1.1.1', '1.2.3', '3.1.2', '6.2.4', '7.1.2']);
		const strict = mergeDataset(pii.dataset, units34, rulesRead.value, weightsRead.value, {
			includeApproximate: false
		});
		expect(strict.indicators.filter((i) => i.used)).toHaveLength(21);
		const cols = columnsFor(out.dataset, codes);
		const scores = createKernel(pii.tree, 34).compute(cols, pii.params).scores[pii.tree.root];
		expect(scores.every((s) => s >= 0 && s <= 100)).toBe(true);
	});

	it('finds the published 2025 scores with their sources', () => {
		const published = readPublishedScores(dataFile('published-scores.csv'), '2025');
		const hue = published.find((p) => p.nameVi === 'Huế');
		expect(hue?.score).toBe(49.37);
		expect(hue?.sources[0]).toMatch(/^https:\/\//);
		const names = new Set(units34.map((u) => u.nameVi));
		expect(published.every((p) => names.has(p.nameVi))).toBe(true);
	});
});
