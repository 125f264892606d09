// Arguments of `pii uncertainty`: runs, seed and the uncertainties to draw. Problems come back as
// plain messages, never thrown.
import {
	AGGREGATION_METHODS,
	NORMALISATION_METHODS,
	type AggregationMethod,
	type NormalisationMethod
} from '../lib/model/method';

export const UNCERTAINTY_USAGE = `Usage: pii uncertainty [options]

Monte Carlo uncertainty analysis of the ranks: every run draws the uncertain choices, recomputes
the index and ranks the provinces. Writes the rank statistics CSV: code, name, nominal, median,
p05, p95 (5th and 95th percentile rank). A summary goes to stderr.

Options:
  --runs N                 number of runs (default 1000)
  --seed S                 seed of the random draws (default 1); the same seed gives the same CSV
  --weights F              weight noise: each weight times a uniform factor in [1 − F, 1 + F],
                           on every level (default 0)
  --normalisation a,b      normalisations drawn among: ${NORMALISATION_METHODS.join(', ')}
  --aggregation a,b        aggregations drawn among (every level): ${AGGREGATION_METHODS.join(', ')}
                           (geometric and harmonic read min-max scores on 1–100)
  --treatment              draw outlier treatment (GII winsorisation) on or off
  --imputation             draw imputation (indicator mean) on or off
  --sensitivity            also estimate first-order and total Sobol indices (Jansen)
  --framework FILE         framework CSV/XLSX (default: src/lib/data/pii-framework.csv)
  --data FILE              data CSV/XLSX (default: src/lib/data/illustrative-2023.csv)
  --out FILE               where to write the CSV (default: stdout)
  -h, --help               show this help`;

export interface UncertaintyCliOptions {
	runs: number;
	seed: number;
	weights: number;
	normalisations: NormalisationMethod[];
	aggregations: AggregationMethod[];
	treatment: boolean;
	imputation: boolean;
	sensitivity: boolean;
	framework?: string;
	data?: string;
	out?: string;
}

export type ParsedUncertaintyArgs =
	| { kind: 'help' }
	| { kind: 'uncertainty'; options: UncertaintyCliOptions }
	| { kind: 'usage-error'; message: string };

const VALUED = [
	'runs',
	'seed',
	'weights',
	'normalisation',
	'aggregation',
	'framework',
	'data',
	'out'
];
const SWITCHES = ['treatment', 'imputation', 'sensitivity'];
const usage = (message: string): ParsedUncertaintyArgs => ({ kind: 'usage-error', message });

function listOf<T extends string>(text: string, allowed: readonly T[], flag: string): T[] | string {
	const items = text.split(',').map((s) => s.trim());
	const bad = items.find((s) => !(allowed as readonly string[]).includes(s));
	if (bad !== undefined)
		return `option "--${flag}": unknown "${bad}" (expected ${allowed.join(', ')})`;
	return [...new Set(items)] as T[];
}

/** Parse the arguments after `uncertainty`. */
export function parseUncertaintyArgs(argv: string[]): ParsedUncertaintyArgs {
	if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
	const values: Record<string, string> = {};
	const switches = new Set<string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith('--')) return usage(`unexpected argument "${arg}"`);
		const eq = arg.indexOf('=');
		const name = arg.slice(2, eq < 0 ? undefined : eq);
		if (SWITCHES.includes(name) && eq < 0) {
			switches.add(name);
			continue;
		}
		if (!VALUED.includes(name)) return usage(`unknown option "--${name}"`);
		if (values[name] !== undefined) return usage(`option "--${name}" is given more than once`);
		const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
		if (value === undefined || value === '') return usage(`option "--${name}" needs a value`);
		values[name] = value;
	}
	const num = (flag: string, fallback: number) =>
		values[flag] === undefined ? fallback : Number(values[flag]);
	const runs = num('runs', 1000);
	const seed = num('seed', 1);
	const weights = num('weights', 0);
	if (!Number.isInteger(runs) || runs < 1)
		return usage(`option "--runs": "${values.runs}" must be a whole number ≥ 1`);
	if (!Number.isInteger(seed))
		return usage(`option "--seed": "${values.seed}" must be a whole number`);
	if (!(weights >= 0 && weights < 1))
		return usage(`option "--weights": "${values.weights}" must be a number from 0 to below 1`);
	const normalisations = values.normalisation
		? listOf(values.normalisation, NORMALISATION_METHODS, 'normalisation')
		: [];
	const aggregations = values.aggregation
		? listOf(values.aggregation, AGGREGATION_METHODS, 'aggregation')
		: [];
	if (typeof normalisations === 'string') return usage(normalisations);
	if (typeof aggregations === 'string') return usage(aggregations);
	return {
		kind: 'uncertainty',
		options: {
			runs,
			seed,
			weights,
			normalisations,
			aggregations,
			treatment: switches.has('treatment'),
			imputation: switches.has('imputation'),
			sensitivity: switches.has('sensitivity'),
			framework: values.framework,
			data: values.data,
			out: values.out
		}
	};
}
