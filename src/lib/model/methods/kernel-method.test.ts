// The kernel's method path: the published method is computed bit for bit as before, whichever path
// runs it, and the treatment outcome of every indicator is reported.
import { describe, expect, it } from 'vitest';
import { columnsFor } from '../dataset';
import { indicatorCodes } from '../indicators';
import { createKernel, frameworkParams } from '../kernel';
import { defaultMethod } from '../method';
import { piiTree, randomDataset } from '../../testing/fixtures';

const tree = piiTree();
const data = randomDataset(tree, 63, 3);
const columns = columnsFor(data, indicatorCodes(tree));
const copy = (scores: Float64Array[]) => scores.map((s) => Array.from(s));

describe('kernel with method settings', () => {
	const plain = copy(createKernel(tree, 63).compute(columns, frameworkParams(tree)).scores);

	it('the published method given explicitly gives identical scores', () => {
		const k = createKernel(tree, 63);
		const out = k.compute(columns, { ...frameworkParams(tree), method: defaultMethod() });
		expect(copy(out.scores)).toEqual(plain);
	});

	it('the general path computes the published method bit for bit', () => {
		// Unused constants make the settings differ from the default, so the general path runs.
		const m = defaultMethod();
		m.treatment.skewness = 2;
		m.normalisation.goalposts['1.1.1'] = [0, 1];
		const out = createKernel(tree, 63).compute(columns, { ...frameworkParams(tree), method: m });
		expect(copy(out.scores)).toEqual(plain);
	});

	it('reports what the treatment did per indicator, and forgets it without a method', () => {
		const m = defaultMethod();
		m.treatment.method = 'winsorise';
		const skewed = columns.map((c) => c.map((x) => Math.exp(x / 10)));
		const k = createKernel(tree, 63);
		const kinds = k.compute(skewed, { ...frameworkParams(tree), method: m }).treatment;
		expect(kinds.some((o) => o.kind === 'winsorised')).toBe(true);
		expect(k.compute(skewed, frameworkParams(tree)).treatment.every((o) => o.kind === 'none')).toBe(
			true
		);
	});
});
