// Reading method settings: defaults fill in, every problem is located by its path.
import { describe, expect, it } from 'vitest';
import { defaultMethod, isDefaultMethod, methodJson, sameMethod } from '../method';
import { parseMethodJson, parseMethodValue } from './parse';

const errorsOf = (text: string) => {
	const r = parseMethodJson(text);
	if (r.ok) throw new Error('expected errors');
	return r.errors.map((e) => e.message);
};

describe('parseMethodJson', () => {
	it('fills in the published method for an empty object', () => {
		const r = parseMethodJson('{}');
		expect(r.ok && isDefaultMethod(r.value)).toBe(true);
	});

	it('reads a partial file and keeps the defaults elsewhere', () => {
		const r = parseMethodJson(
			'{"normalisation":{"method":"zscore","overrides":{"1.1.1":"rank"}},"aggregation":{"levels":{"2":"geometric"},"threshold":0.5}}'
		);
		if (!r.ok) throw new Error(r.errors[0].message);
		expect(r.value.normalisation.method).toBe('zscore');
		expect(r.value.normalisation.overrides).toEqual({ '1.1.1': 'rank' });
		expect(r.value.normalisation.range).toEqual([0, 100]);
		expect(r.value.aggregation.levels).toEqual({ '2': 'geometric' });
		expect(r.value.treatment.skewness).toBe(2.25);
	});

	it('round-trips the written form', () => {
		const m = defaultMethod();
		m.treatment.method = 'winsorise';
		m.treatment.skewness = 2;
		m.denominators['3.1.1'] = 'population';
		m.normalisation.goalposts['1.1.1'] = [0, 10];
		const r = parseMethodJson(methodJson(m));
		expect(r.ok && sameMethod(r.value, m)).toBe(true);
	});

	it('names the path of an unknown method', () => {
		expect(errorsOf('{"normalisation":{"method":"minmaxx"}}')).toEqual([
			'normalisation.method: unknown "minmaxx" (expected one of: minmax, goalposts, zscore, rank, percentile)'
		]);
	});

	it('names unknown settings, bad numbers and bad pairs, all at once', () => {
		expect(
			errorsOf(
				'{"treatment":{"skewnes":2,"kurtosis":"high","maxPoints":2.5},"normalisation":{"range":[100,0],"goalposts":{"1.1.1":[1]}},"aggregation":{"threshold":1.5,"levels":{"pillars":"geometric"}},"weights":{}}'
			)
		).toEqual([
			'weights: unknown setting (expected one of: denominators, imputation, treatment, normalisation, aggregation)',
			'treatment.skewnes: unknown setting (expected one of: method, skewness, kurtosis, maxPoints, overrides)',
			'treatment.kurtosis: "high" is not a number',
			'treatment.maxPoints: 2.5 is not a whole number from 0 to 1000',
			'normalisation.range: [100, 0]: the first number must be below the second',
			'normalisation.goalposts.1.1.1: [1] is not a pair of numbers [low, high]',
			'aggregation.levels.pillars: a level is a whole number (2 = the level above the indicators)',
			'aggregation.threshold: 1.5 is not a share from 0 to 1'
		]);
	});

	it('names an override with an unknown method by its code', () => {
		expect(errorsOf('{"imputation":{"overrides":{"2.1.1":"median"}}}')).toEqual([
			'imputation.overrides.2.1.1: unknown "median" (expected one of: none, mean, group-mean)'
		]);
	});

	it('locates a JSON syntax error by line and column', () => {
		const [message] = errorsOf('{\n  "treatment": {\n    "method": "winsorise",\n  }\n}');
		expect(message).toMatch(/^not valid JSON \(line 4, column 3\): /);
	});

	it('refuses an empty file and a top level that is not an object', () => {
		expect(errorsOf('  ')).toEqual(['the method file is empty']);
		expect(errorsOf('[1]')).toEqual(['(top level): expected an object { … }']);
	});

	it('accepts a stored object (persistence) the same way', () => {
		const r = parseMethodValue({ aggregation: { method: 'harmonic' } });
		expect(r.ok && r.value.aggregation.method).toBe('harmonic');
		expect(parseMethodValue({ aggregation: 3 }).ok).toBe(false);
	});
});
