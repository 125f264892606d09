// Method settings from JSON text or a stored object: every field optional (defaults fill in), every
// problem located by its path, e.g. "normalisation.method: unknown 'minmaxx'". Framework checks
// (codes, levels, refused means) are in check.ts.
import {
	AGGREGATION_METHODS,
	IMPUTATION_METHODS,
	NORMALISATION_METHODS,
	TREATMENT_METHODS,
	defaultMethod,
	type MethodSettings
} from '../method';
import type { Issue, Result } from '../types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
	errors: Issue[] = [];

	fail(path: string, message: string): void {
		this.errors.push({ severity: 'error', message: `${path}: ${message}` });
	}

	/** The object at `path` with only the `allowed` keys, or null (reported) when not an object. */
	object(value: unknown, path: string, allowed: string[]): Obj | null {
		if (value === undefined) return {};
		if (!isObj(value)) {
			this.fail(path || '(top level)', 'expected an object { … }');
			return null;
		}
		for (const key of Object.keys(value))
			if (!allowed.includes(key))
				this.fail(
					path ? `${path}.${key}` : key,
					`unknown setting (expected one of: ${allowed.join(', ')})`
				);
		return value;
	}

	choice<T extends string>(value: unknown, path: string, options: readonly T[], fallback: T): T {
		if (value === undefined) return fallback;
		if (typeof value === 'string' && (options as readonly string[]).includes(value))
			return value as T;
		this.fail(path, `unknown ${JSON.stringify(value)} (expected one of: ${options.join(', ')})`);
		return fallback;
	}

	number(value: unknown, path: string, fallback: number, ok: (x: number) => boolean, what: string) {
		if (value === undefined) return fallback;
		if (typeof value === 'number' && Number.isFinite(value) && ok(value)) return value;
		this.fail(path, `${JSON.stringify(value)} is not ${what}`);
		return fallback;
	}

	/** A record of string keys whose values `item` reads (null = skip the entry). */
	record<T>(value: unknown, path: string, item: (v: unknown, at: string) => T | null) {
		const out: [string, T][] = [];
		if (value === undefined) return {};
		if (!isObj(value)) {
			this.fail(path, 'expected an object { "code": … }');
			return {};
		}
		for (const [key, v] of Object.entries(value)) {
			const read = item(v, `${path}.${key}`);
			if (read !== null) out.push([key, read]);
		}
		return Object.fromEntries(out) as Record<string, T>;
	}

	pair(value: unknown, path: string): [number, number] | null {
		if (
			Array.isArray(value) &&
			value.length === 2 &&
			value.every((x) => typeof x === 'number' && Number.isFinite(x))
		) {
			const [lo, hi] = value as [number, number];
			if (lo < hi) return [lo, hi];
			this.fail(path, `[${lo}, ${hi}]: the first number must be below the second`);
			return null;
		}
		this.fail(path, `${JSON.stringify(value)} is not a pair of numbers [low, high]`);
		return null;
	}
}

const share = (x: number) => x >= 0 && x <= 1;
const positive = (x: number) => x > 0;

/** Settings from a parsed JSON value (e.g. a stored scenario's `method`). */
export function parseMethodValue(value: unknown): Result<MethodSettings> {
	const r = new Reader();
	const d = defaultMethod();
	const top = r.object(value, '', [
		'denominators',
		'imputation',
		'treatment',
		'normalisation',
		'aggregation'
	]);
	if (!top) return { ok: false, errors: r.errors };
	const section = (key: string, allowed: string[]) => r.object(top[key], key, allowed) ?? {};

	const denominators = r.record(top.denominators, 'denominators', (v, at) => {
		if (typeof v === 'string' && v.trim() !== '') return v.trim();
		r.fail(at, 'expected the name of a data column');
		return null;
	});

	const imp = section('imputation', ['method', 'overrides']);
	const impute = (v: unknown, at: string) => r.choice(v, at, IMPUTATION_METHODS, 'none');
	const imputation = {
		method: impute(imp.method, 'imputation.method'),
		overrides: r.record(imp.overrides, 'imputation.overrides', impute)
	};

	const tr = section('treatment', ['method', 'skewness', 'kurtosis', 'maxPoints', 'overrides']);
	const treat = (v: unknown, at: string) => r.choice(v, at, TREATMENT_METHODS, 'none');
	const t = d.treatment;
	const treatment = {
		method: treat(tr.method, 'treatment.method'),
		skewness: r.number(tr.skewness, 'treatment.skewness', t.skewness, positive, 'above 0'),
		kurtosis: r.number(tr.kurtosis, 'treatment.kurtosis', t.kurtosis, () => true, 'a number'),
		maxPoints: r.number(
			tr.maxPoints,
			'treatment.maxPoints',
			t.maxPoints,
			(x) => Number.isInteger(x) && x >= 0 && x <= 1000,
			'a whole number from 0 to 1000'
		),
		overrides: r.record(tr.overrides, 'treatment.overrides', treat)
	};

	const no = section('normalisation', ['method', 'range', 'goalposts', 'overrides']);
	const norm = (v: unknown, at: string) => r.choice(v, at, NORMALISATION_METHODS, 'minmax');
	const normalisation = {
		method: norm(no.method, 'normalisation.method'),
		range:
			no.range === undefined
				? d.normalisation.range
				: (r.pair(no.range, 'normalisation.range') ?? d.normalisation.range),
		goalposts: r.record(no.goalposts, 'normalisation.goalposts', (v, at) => r.pair(v, at)),
		overrides: r.record(no.overrides, 'normalisation.overrides', norm)
	};

	const ag = section('aggregation', ['method', 'levels', 'threshold', 'thresholds']);
	const mean = (v: unknown, at: string) => r.choice(v, at, AGGREGATION_METHODS, 'arithmetic');
	const aggregation = {
		method: mean(ag.method, 'aggregation.method'),
		levels: r.record(ag.levels, 'aggregation.levels', (v, at) => {
			if (!/^\d+$/.test(at.slice(at.lastIndexOf('.') + 1))) {
				r.fail(at, 'a level is a whole number (2 = the level above the indicators)');
				return null;
			}
			return mean(v, at);
		}),
		threshold: r.number(ag.threshold, 'aggregation.threshold', 0, share, 'a share from 0 to 1'),
		thresholds: r.record(ag.thresholds, 'aggregation.thresholds', (v, at) =>
			r.number(v, at, 0, share, 'a share from 0 to 1')
		)
	};

	if (r.errors.length) return { ok: false, errors: r.errors };
	return {
		ok: true,
		value: { denominators, imputation, treatment, normalisation, aggregation },
		warnings: []
	};
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Settings from JSON text (a `--method` file); syntax errors name the line and column. */
export function parseMethodJson(text: string): Result<MethodSettings> {
	const body = text.replace(/^\ufeff/, '');
	if (body.trim() === '')
		return { ok: false, errors: [{ severity: 'error', message: 'the method file is empty' }] };
	let value: unknown;
	try {
		value = JSON.parse(body);
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		const at = /position (\d+)/.exec(message);
		const where = at ? lineAndColumn(body, Number(at[1])) : null;
		const reason = message
			.replace(/\s*\(line \d+ column \d+\)/, '')
			.replace(/ in JSON at position \d+/, '')
			.replace(/^JSON\.parse: /, '');
		return {
			ok: false,
			errors: [
				{
					severity: 'error',
					message: `not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ''}: ${reason}`
				}
			]
		};
	}
	return parseMethodValue(value);
}
