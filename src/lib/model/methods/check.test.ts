// Settings against the PII framework: unknown codes and columns, missing goalposts, refused means.
import { describe, expect, it } from 'vitest';
import { piiTree } from '../../testing/fixtures';
import { defaultMethod, type MethodSettings } from '../method';
import { aggregationRefusals, checkMethod } from './check';

const tree = piiTree();
const DATA = { denominators: ['population'], hasRegions: true };
const messages = (m: MethodSettings, data = DATA) =>
	checkMethod(tree, m, data).map((i) => i.message);

describe('checkMethod', () => {
	it('accepts the published method', () => {
		expect(messages(defaultMethod())).toEqual([]);
	});

	it('names unknown indicator codes, levels, aggregates and denominator columns', () => {
		const m = defaultMethod();
		m.denominators['9.9.9'] = 'population';
		m.denominators['3.1.1'] = 'grdp';
		m.normalisation.overrides['P1'] = 'rank';
		m.aggregation.levels['7'] = 'geometric';
		m.aggregation.thresholds['1.1.1'] = 0.5;
		expect(messages(m)).toEqual([
			'denominators.9.9.9: no indicator "9.9.9" in the framework',
			'denominators.3.1.1: the data has no denominator column "grdp" (it has: population)',
			'normalisation.overrides.P1: no indicator "P1" in the framework',
			'aggregation.levels.7: no aggregation level 7 (levels: 2, 3, 4, 5)',
			'aggregation.thresholds.1.1.1: no aggregate "1.1.1" in the framework'
		]);
	});

	it('asks for goalposts where goalposts normalisation is chosen', () => {
		const m = defaultMethod();
		m.normalisation.overrides['1.1.2'] = 'goalposts';
		m.normalisation.overrides['1.1.3'] = 'goalposts';
		m.normalisation.goalposts['1.1.3'] = [0, 10];
		expect(messages(m)).toEqual([
			'normalisation.goalposts: goalposts normalisation needs [min, max] for 1.1.2'
		]);
	});

	it('refuses a harmonic mean when a child can be 0 and suggests min-max to [1, 100]', () => {
		const m = defaultMethod();
		m.aggregation.levels['2'] = 'harmonic';
		const [refusal] = aggregationRefusals(tree, m);
		expect(refusal).toMatchObject({ path: 'aggregation.levels.2', level: 2, lowest: 0 });
		expect(messages(m)[0]).toMatch(
			/^aggregation\.levels\.2: the harmonic mean is refused at level 2: 1\.1\.1 \(under 1\.1\) can be 0; normalise by min-max to \[1, 100\]/
		);
		m.normalisation.range = [1, 100];
		expect(messages(m)).toEqual([]);
	});

	it('allows a geometric mean over zeros but refuses it over z-scores (negative)', () => {
		const m = defaultMethod();
		m.aggregation.method = 'geometric';
		expect(messages(m)).toEqual([]);
		m.normalisation.overrides['7.2.4'] = 'zscore';
		const refusals = aggregationRefusals(tree, m);
		expect(refusals.map((r) => [r.level, r.child])).toEqual([
			[2, '7.2.4'],
			[3, '7.2'],
			[4, 'P7'],
			[5, 'OUT']
		]);
		expect(refusals[0].lowest).toBe(-Infinity);
	});

	it('warns that group-mean imputation needs regions', () => {
		const m = defaultMethod();
		m.imputation.method = 'group-mean';
		const issues = checkMethod(tree, m, { denominators: [], hasRegions: false });
		expect(issues.map((i) => i.severity)).toEqual(['warning']);
	});
});
