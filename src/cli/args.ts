// Strict command-line parsing for the headless command: one sub-command, known flags only,
// every flag given once with a value. Problems come back as plain messages, never thrown.

export const USAGE = `Usage: pii compute [--framework FILE] [--data FILE] [--method FILE]
                   [--stage treated|normalised|aggregated] [--out FILE] [--format csv]
       pii plan --unit CODE (--rank K | --score S | --overtake CODE) [--mode rebased|frozen]
                (see: pii plan --help)
       pii uncertainty --runs N --seed S [--weights F] [--normalisation a,b] [--aggregation a,b]
                [--treatment] [--imputation] [--sensitivity]  (see: pii uncertainty --help)

compute builds the model workbook from a framework file and a data file (CSV in any delimiter
and decimal convention, or XLSX; wide or long layout) and writes the results CSV: code, name,
every aggregate score, rank. Warnings go to stderr; the CSV goes to --out, or to stdout when
--out is absent.

Options:
  --framework FILE  framework CSV (default: src/lib/data/pii-framework.csv)
  --data FILE       data CSV (default: src/lib/data/illustrative-2023.csv)
  --method FILE     method settings JSON (default: the published PII method): denominators,
                    imputation, outlier treatment, normalisation, aggregation
  --stage STAGE     write one stage instead of the results: treated (the values the
                    normalisation reads), normalised (indicator scores) or aggregated
                    (every aggregate score, no rank)
  --out FILE        where to write the results CSV (default: stdout)
  --format csv      output format; only csv for now
  -h, --help        show this help

Through npm, add --silent so that only the CSV reaches stdout:
  npm run --silent pii -- compute --data my-data.csv > results.csv

Exit codes: 0 done (warnings may be printed), 1 invalid input, 2 bad usage.`;

export const STAGES = ['treated', 'normalised', 'aggregated'] as const;
export type OutputStage = (typeof STAGES)[number];

export interface ComputeOptions {
	framework?: string;
	data?: string;
	out?: string;
	method?: string;
	stage?: OutputStage;
}

export type ParsedArgs =
	| { kind: 'help' }
	| { kind: 'compute'; options: ComputeOptions }
	| { kind: 'usage-error'; message: string };

const FLAGS = ['framework', 'data', 'out', 'format', 'method', 'stage'] as const;
type Flag = (typeof FLAGS)[number];
const FORMATS = ['csv'];

function isFlag(name: string): name is Flag {
	return (FLAGS as readonly string[]).includes(name);
}

export function parseArgs(argv: string[]): ParsedArgs {
	if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
	const [command, ...rest] = argv;
	if (command === undefined)
		return { kind: 'usage-error', message: 'missing sub-command "compute"' };
	if (command !== 'compute')
		return {
			kind: 'usage-error',
			message: `unknown sub-command "${command}" (expected "compute", "plan" or "uncertainty")`
		};
	const values: Partial<Record<Flag, string>> = {};
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (!arg.startsWith('--'))
			return { kind: 'usage-error', message: `unexpected argument "${arg}"` };
		const eq = arg.indexOf('=');
		const name = arg.slice(2, eq < 0 ? undefined : eq);
		if (!isFlag(name)) return { kind: 'usage-error', message: `unknown option "--${name}"` };
		if (values[name] !== undefined)
			return { kind: 'usage-error', message: `option "--${name}" is given more than once` };
		let value: string | undefined;
		if (eq >= 0) value = arg.slice(eq + 1);
		else if (i + 1 < rest.length && !rest[i + 1].startsWith('--')) value = rest[++i];
		if (value === undefined || value === '')
			return { kind: 'usage-error', message: `option "--${name}" needs a value` };
		values[name] = value;
	}
	if (values.format !== undefined && !FORMATS.includes(values.format))
		return {
			kind: 'usage-error',
			message: `unknown format "${values.format}" (supported: ${FORMATS.join(', ')})`
		};
	const stage = values.stage;
	if (stage !== undefined && !(STAGES as readonly string[]).includes(stage))
		return {
			kind: 'usage-error',
			message: `unknown stage "${stage}" (supported: ${STAGES.join(', ')})`
		};
	const { framework, data, out, method } = values;
	const options: ComputeOptions = { framework, data, out };
	if (method !== undefined) options.method = method;
	if (stage !== undefined) options.stage = stage as OutputStage;
	return { kind: 'compute', options };
}
