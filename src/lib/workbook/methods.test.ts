// The workbook against the kernel under random method settings: every setting change and hundreds
// of random edits (values, blocks, weights, directions, undo) keep scores equal to 1e-9 and ranks
// exactly equal, with denominators, imputation, treatment, every normalisation and every mean.
import { afterAll, describe, expect, it } from 'vitest';
import { columnsFor, type DatasetWithDenominators } from '../model/dataset';
import { indicatorCodes } from '../model/indicators';
import { frameworkParams, type KernelParams } from '../model/kernel';
import {
	AGGREGATION_METHODS,
	IMPUTATION_METHODS,
	NORMALISATION_METHODS,
	cloneMethod,
	defaultMethod,
	type MethodSettings
} from '../model/method';
import { aggregationRefusals } from '../model/methods/check';
import { unitGroups } from '../model/methods/impute';
import { piiTree, seededRandom } from '../testing/fixtures';
import { compareWithKernel } from './agreement';
import { ModelWorkbook } from './workbook';

const tree = piiTree();
const codes = indicatorCodes(tree);
const N_UNITS = 40;
const REGIONS = ['RRD', 'NMM', 'NCC', 'CH', 'SE', 'MD'];
const rnd = seededRandom(77);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

/** Random data with missing values, heavy tails (so that the outlier rule fires) and a population. */
function methodDataset(): DatasetWithDenominators {
	const values = new Float64Array(N_UNITS * codes.length);
	for (let u = 0; u < N_UNITS; u++)
		codes.forEach((_, p) => {
			const heavy = p % 4 === 0;
			const x = heavy ? Math.exp(6 * rnd() * rnd()) : rnd() * 100;
			values[u * codes.length + p] = rnd() < 0.05 ? NaN : x;
		});
	return {
		units: Array.from({ length: N_UNITS }, (_, u) => ({
			code: String(u + 1).padStart(2, '0'),
			name: `Unit ${u + 1}`,
			...(u % 9 === 8 ? {} : { region: REGIONS[u % REGIONS.length] })
		})),
		indicators: codes,
		values,
		denominators: {
			names: ['pop'],
			columns: [Float64Array.from({ length: N_UNITS }, (_, u) => (u === 3 ? 0 : 1 + rnd() * 9))]
		}
	};
}

const dataset = methodDataset();
const wb = new ModelWorkbook(tree, dataset);
afterAll(() => wb.destroy());

/** Random settings the framework accepts (refused means are set back to arithmetic). */
function randomMethod(columns: Float64Array[]): MethodSettings {
	const m = defaultMethod();
	m.normalisation.method = pick(NORMALISATION_METHODS);
	m.normalisation.range = rnd() < 0.5 ? [0, 100] : [1, 100];
	m.imputation.method = pick(IMPUTATION_METHODS);
	m.treatment.method = rnd() < 0.5 ? 'winsorise' : 'none';
	m.treatment.skewness = rnd() < 0.5 ? 2.25 : 2;
	// few points allowed: the log transform takes over more often
	m.treatment.maxPoints = pick([5, 5, 1, 0]);
	m.aggregation.method = pick(AGGREGATION_METHODS);
	m.aggregation.threshold = pick([0, 0, 0.5, 0.75]);
	codes.forEach((code, p) => {
		const lo = Math.min(...columns[p].filter((x) => x === x));
		const hi = Math.max(...columns[p].filter((x) => x === x));
		// goalposts for every indicator, some inside the data so that values are clipped
		m.normalisation.goalposts[code] = rnd() < 0.5 ? [lo - 1, hi + 1] : [lo + 1, hi - 1];
		if (rnd() < 0.15) m.normalisation.overrides[code] = pick(NORMALISATION_METHODS);
		if (rnd() < 0.1) m.imputation.overrides[code] = pick(IMPUTATION_METHODS);
		if (rnd() < 0.1) m.treatment.overrides[code] = rnd() < 0.5 ? 'winsorise' : 'none';
		if (rnd() < 0.1) m.denominators[code] = 'pop';
	});
	for (const level of tree.levels)
		if (rnd() < 0.3) m.aggregation.levels[level] = pick(AGGREGATION_METHODS);
	for (const a of tree.aggregates)
		if (rnd() < 0.1) m.aggregation.thresholds[tree.nodes[a].code] = rnd();
	for (const r of aggregationRefusals(tree, m)) m.aggregation.levels[r.level] = 'arithmetic';
	return m;
}

interface Mirror {
	columns: Float64Array[];
	params: KernelParams & { method: MethodSettings };
}

function snapshot(s: Mirror): Mirror {
	return {
		columns: s.columns.map((c) => Float64Array.from(c)),
		params: {
			...s.params,
			weights: Float64Array.from(s.params.weights),
			directions: Int8Array.from(s.params.directions),
			method: cloneMethod(s.params.method)
		}
	};
}

function expectAgreement(s: Mirror, step: string) {
	const a = compareWithKernel(wb, s.columns, s.params);
	expect(a.missingMismatch, step).toBeNull();
	expect(a.worst, step).toBeLessThanOrEqual(1e-9);
	expect(a.ranksEqual, step).toBe(true);
}

describe('property: random method settings and edits', () => {
	it('keeps workbook and kernel equal after every setting change and edit', () => {
		let state: Mirror = {
			columns: columnsFor(dataset, codes),
			params: {
				...frameworkParams(tree),
				method: defaultMethod(),
				inputs: {
					denominators: new Map([['pop', dataset.denominators!.columns[0]]]),
					groups: unitGroups(dataset.units)
				}
			}
		};
		const history: Mirror[] = [];
		const nInd = codes.length;
		const index = (n: number) => Math.floor(rnd() * n);
		let edits = 0;
		const methodsSeen = new Set<string>();
		const outcomes = new Set<string>();
		for (let episode = 0; episode < 14; episode++) {
			history.push(snapshot(state));
			state.params.method = randomMethod(state.columns);
			wb.setMethod(state.params.method);
			methodsSeen.add(state.params.method.normalisation.method);
			for (const e of wb.treatmentLog()) outcomes.add(e.outcome);
			expectAgreement(state, `episode ${episode}: setMethod`);
			for (let step = 0; step < 25; step++) {
				const kind = rnd();
				const label = `episode ${episode}, step ${step}`;
				if (kind < 0.06 && history.length) {
					wb.undo();
					state = history.pop() as Mirror;
					expectAgreement(state, `${label}: undo`);
					continue;
				}
				history.push(snapshot(state));
				if (kind < 0.5) {
					const u = index(N_UNITS);
					const p = index(nInd);
					const v = rnd() < 0.15 ? null : rnd() < 0.1 ? 1e4 * rnd() : Math.round(rnd() * 1e6) / 1e4;
					wb.setValue(u, p, v);
					state.columns[p][u] = v ?? NaN;
				} else if (kind < 0.62) {
					const p = index(nInd);
					const constant = rnd() < 0.3 ? 5 : null;
					const block = Array.from({ length: 6 }, () => ({
						unit: index(N_UNITS),
						indicator: p,
						value: constant ?? rnd() * 50
					}));
					wb.setValues(block);
					for (const e of block) state.columns[p][e.unit] = e.value;
				} else if (kind < 0.85) {
					const node = 1 + index(tree.nodes.length - 1);
					const w = rnd() < 0.1 ? 0 : Math.round(rnd() * 400) / 100;
					wb.setWeight(node, w);
					state.params.weights[node] = w;
				} else {
					const node = tree.indicators[index(nInd)];
					const d = state.params.directions[node] === 1 ? -1 : 1;
					wb.setDirection(node, d);
					state.params.directions[node] = d;
				}
				edits++;
				expectAgreement(state, label);
			}
		}
		expect(edits).toBeGreaterThanOrEqual(300);
		expect(methodsSeen.size).toBeGreaterThanOrEqual(4);
		expect([...outcomes].sort()).toEqual(['log', 'none', 'passed', 'winsorised']);
	});
});
