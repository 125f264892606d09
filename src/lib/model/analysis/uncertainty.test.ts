// Uncertainty analysis: no uncertainty gives the nominal ranks with p05 = p95; a seed reproduces a
// run, in one go or in steps; a choice between two methods gives ranks bracketed by both; Jansen's
// estimators on an additive toy function; the 1–100 scale for geometric means; percentiles.
import { describe, expect, it } from 'vitest';
import { columnsFor } from '../dataset';
import { indicatorCodes } from '../indicators';
import { createKernel, frameworkParams } from '../kernel';
import { defaultMethod } from '../method';
import { competitionRanks } from '../rank';
import { piiTree, randomDataset, seededRandom } from '../../testing/fixtures';
import { jansenIndices, saltelliDesign } from './sensitivity';
import { TOY_DATA, TOY_ROWS, toyColumns, toyTree } from './toy';
import { meanAbsShift, percentileOf } from './uncertainty';
import { createUncertaintyRun, runUncertainty } from './uncertainty-run';
import { uniformNoise, unworkableChoices, workableMethod, type UncertaintySpec } from './variants';

const NONE: UncertaintySpec = {
	weightNoise: {},
	normalisations: [],
	aggregations: [],
	treatment: false,
	imputation: false
};

const pii = piiTree();
const dataset = randomDataset(pii, 20, 5);
const piiInput = {
	tree: pii,
	columns: columnsFor(dataset, indicatorCodes(pii)),
	...frameworkParams(pii),
	method: defaultMethod()
};

describe('runUncertainty', () => {
	it('without uncertainty gives the nominal ranks, p05 = median = p95 (degenerate)', () => {
		const r = runUncertainty(piiInput, NONE, { runs: 10, seed: 1 });
		const nominal = competitionRanks(
			createKernel(pii, 20).compute(piiInput.columns, frameworkParams(pii)).scores[pii.root]
		);
		expect([...r.nominal]).toEqual([...nominal]);
		expect([...r.p05]).toEqual([...nominal]);
		expect([...r.median]).toEqual([...nominal]);
		expect([...r.p95]).toEqual([...nominal]);
		expect(r.meanShift).toBe(0);
		expect(r.factors).toEqual([]);
	});

	it('with zero noise and one method (the nominal one) also gives the nominal ranks', () => {
		const spec = {
			...NONE,
			weightNoise: uniformNoise(pii, 0),
			normalisations: ['minmax' as const]
		};
		const r = runUncertainty(piiInput, spec, { runs: 5, seed: 3 });
		expect([...r.p05]).toEqual([...r.nominal]);
		expect([...r.p95]).toEqual([...r.nominal]);
	});

	it('is reproducible with a seed, in one go or in steps', () => {
		const spec: UncertaintySpec = {
			weightNoise: uniformNoise(pii, 0.3),
			normalisations: ['minmax', 'rank'],
			aggregations: ['arithmetic', 'geometric'],
			treatment: true,
			imputation: true
		};
		const a = runUncertainty(piiInput, spec, { runs: 40, seed: 11 });
		const run = createUncertaintyRun(piiInput, spec, { runs: 40, seed: 11 });
		while (run.step(7) < run.total);
		const b = run.result();
		expect(b).toEqual(a);
		const c = runUncertainty(piiInput, spec, { runs: 40, seed: 12 });
		expect([...c.median]).not.toEqual([...a.median]);
		expect(a.factors).toEqual([
			'weights',
			'normalisation',
			'aggregation',
			'treatment',
			'imputation'
		]);
		for (let u = 0; u < 20; u++) {
			expect(a.p05[u]).toBeLessThanOrEqual(a.median[u]);
			expect(a.median[u]).toBeLessThanOrEqual(a.p95[u]);
		}
	});

	it('a choice between two normalisations gives ranks between theirs', () => {
		const tree = toyTree(TOY_ROWS);
		const columns = toyColumns(tree, { ...TOY_DATA, b1: [0, 100, 99] });
		const input = { tree, columns, ...frameworkParams(tree), method: defaultMethod() };
		const r = runUncertainty(
			input,
			{ ...NONE, normalisations: ['minmax', 'rank'] },
			{ runs: 200, seed: 2 }
		);
		const ranksUnder = (norm: 'minmax' | 'rank') => {
			const m = defaultMethod();
			m.normalisation.method = norm;
			const k = createKernel(tree, 3).compute(columns, { ...frameworkParams(tree), method: m });
			return competitionRanks(k.scores[tree.root]);
		};
		const [mm, rk] = [ranksUnder('minmax'), ranksUnder('rank')];
		for (let u = 0; u < 3; u++) {
			expect(r.p05[u]).toBe(Math.min(mm[u], rk[u]));
			expect(r.p95[u]).toBe(Math.max(mm[u], rk[u]));
		}
	});

	it('with one factor, its first-order index on the rank shift is 1', () => {
		const spec = { ...NONE, normalisations: ['minmax', 'zscore'] as ('minmax' | 'zscore')[] };
		const r = runUncertainty(piiInput, spec, { runs: 64, seed: 4, sensitivity: true });
		expect(r.evaluations).toBe(64 * 3);
		expect(r.runs).toBe(128);
		expect(r.sensitivity?.shift.first[0]).toBeCloseTo(1, 12);
		expect(r.sensitivity?.ranks.first[0]).toBeCloseTo(1, 12);
	});
});

describe('jansenIndices', () => {
	it('recovers Sᵢ = STᵢ = 0.2 and 0.8 for f = x₁ + 2x₂ on uniform inputs', () => {
		const n = 20000;
		const design = saltelliDesign(n, 2, seededRandom(9));
		const row = new Float64Array(2);
		const f = (x: Float64Array) => x[0] + 2 * x[1];
		const fA = Float64Array.from({ length: n }, (_, j) => (design.rowA(j, row), f(row)));
		const fB = Float64Array.from({ length: n }, (_, j) => (design.rowB(j, row), f(row)));
		const fAB = [[0], [1]].map((dims) =>
			Float64Array.from({ length: n }, (_, j) => (design.rowAB(j, dims, row), f(row)))
		);
		const s = jansenIndices(fA, fB, fAB);
		expect(s.variance).toBeCloseTo(5 / 12, 2);
		expect(s.first[0]).toBeCloseTo(0.2, 1);
		expect(s.first[1]).toBeCloseTo(0.8, 1);
		expect(Math.abs(s.total[0] - 0.2)).toBeLessThan(0.03);
		expect(Math.abs(s.total[1] - 0.8)).toBeLessThan(0.03);
	});
	it('is NaN for a constant output (degenerate)', () => {
		const s = jansenIndices([1, 1], [1, 1], [[1, 1]]);
		expect(s.first[0]).toBeNaN();
		expect(s.total[0]).toBeNaN();
	});
});

describe('helpers', () => {
	it('moves geometric means to the 1–100 scale and refuses them over z-scores', () => {
		const geo = defaultMethod();
		geo.aggregation.method = 'geometric';
		expect(workableMethod(pii, geo)?.normalisation.range).toEqual([1, 100]);
		expect(workableMethod(pii, defaultMethod())?.normalisation.range).toEqual([0, 100]);
		const spec = { ...NONE, normalisations: ['zscore', 'minmax'], aggregations: ['geometric'] };
		const bad = unworkableChoices(pii, defaultMethod(), spec as UncertaintySpec);
		expect(bad).toEqual([{ normalisation: 0, aggregation: 0, treatment: null, imputation: null }]);
	});
	it('percentiles interpolate like PERCENTILE.INC; shifts skip unranked units', () => {
		expect(percentileOf([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(percentileOf([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2, 12);
		expect(percentileOf([], 0.5)).toBeNaN();
		expect(meanAbsShift([1, 2, 0], [2, 1, 3])).toBe(1);
	});
});
