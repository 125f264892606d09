// Arguments of `pii plan`: the province, exactly one goal, the bounds mode and the field's assumed
// growth. Problems come back as plain messages, never thrown.

export const PLAN_USAGE = `Usage: pii plan --unit CODE (--rank K | --score S | --overtake CODE) [options]

Finds the least-effort set of indicator targets that lifts the province to the goal (each
indicator at most at the current national best), checks it by recomputing the index in the
model workbook, and writes the targets CSV: indicator, current, target, gain (PII points the
target adds alone). The rank reached goes to stderr (to stdout when --out is given).

Options:
  --unit CODE        the province (unit code in the data file, e.g. 31)
  --rank K           goal: rank K or better
  --score S          goal: a PII score of at least S
  --overtake CODE    goal: a higher score than that province
  --mode MODE        rebased (default; min and max over all provinces, as the official method)
                     or frozen (min and max fixed at the data, values beyond clipped)
  --growth PCT       assumed yearly improvement of every other province, in % (default 0)
  --years N          years of that growth (default 1)
  --margin POINTS    score points to stay above the province to beat (default 0.01)
  --framework FILE   framework CSV (default: src/lib/data/pii-framework.csv)
  --data FILE        data CSV (default: src/lib/data/illustrative-2023.csv)
  --out FILE         where to write the targets CSV (default: stdout)
  -h, --help         show this help

Exit codes: 0 goal reached (or already met), 1 invalid input, 2 bad usage,
3 goal not reachable under the caps (the CSV then holds every indicator at its cap).`;

export type PlanGoalArg =
	| { kind: 'rank'; rank: number }
	| { kind: 'score'; score: number }
	| { kind: 'overtake'; unit: string };

export interface PlanOptions {
	unit: string;
	goal: PlanGoalArg;
	mode: 'rebased' | 'frozen';
	growthPct: number;
	years: number;
	margin: number;
	framework?: string;
	data?: string;
	out?: string;
}

export type ParsedPlanArgs =
	| { kind: 'help' }
	| { kind: 'plan'; options: PlanOptions }
	| { kind: 'usage-error'; message: string };

const FLAGS = [
	'unit',
	'rank',
	'score',
	'overtake',
	'mode',
	'growth',
	'years',
	'margin',
	'framework',
	'data',
	'out'
] as const;
type Flag = (typeof FLAGS)[number];

const isFlag = (name: string): name is Flag => (FLAGS as readonly string[]).includes(name);
const usage = (message: string): ParsedPlanArgs => ({ kind: 'usage-error', message });

/** Parse the arguments after `plan`. */
export function parsePlanArgs(argv: string[]): ParsedPlanArgs {
	if (argv.some((a) => a === '--help' || a === '-h')) return { kind: 'help' };
	const values: Partial<Record<Flag, string>> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith('--')) return usage(`unexpected argument "${arg}"`);
		const eq = arg.indexOf('=');
		const name = arg.slice(2, eq < 0 ? undefined : eq);
		if (!isFlag(name)) return usage(`unknown option "--${name}"`);
		if (values[name] !== undefined) return usage(`option "--${name}" is given more than once`);
		let value: string | undefined;
		if (eq >= 0) value = arg.slice(eq + 1);
		else if (i + 1 < argv.length && !/^--[a-z]/.test(argv[i + 1])) value = argv[++i];
		if (value === undefined || value === '') return usage(`option "--${name}" needs a value`);
		values[name] = value;
	}
	if (values.unit === undefined) return usage('missing option "--unit CODE"');
	const goals = (['rank', 'score', 'overtake'] as const).filter((g) => values[g] !== undefined);
	if (goals.length !== 1)
		return usage('give exactly one goal: --rank K, --score S or --overtake CODE');
	const num = (flag: Flag, fallback: number): number | string => {
		const text = values[flag];
		if (text === undefined) return fallback;
		const x = Number(text);
		return text.trim() !== '' && Number.isFinite(x)
			? x
			: `option "--${flag}": "${text}" is not a number`;
	};
	const rank = num('rank', 1);
	const score = num('score', 0);
	const growthPct = num('growth', 0);
	const years = num('years', 1);
	const margin = num('margin', 0.01);
	for (const x of [rank, score, growthPct, years, margin])
		if (typeof x === 'string') return usage(x);
	if (goals[0] === 'rank' && !(Number.isInteger(rank) && (rank as number) >= 1))
		return usage(`option "--rank": "${values.rank}" must be a whole number ≥ 1`);
	if ((growthPct as number) <= -100) return usage('option "--growth" must be above -100');
	if ((years as number) < 0) return usage('option "--years" must be ≥ 0');
	if ((margin as number) < 0) return usage('option "--margin" must be ≥ 0');
	const mode = values.mode ?? 'rebased';
	if (mode !== 'rebased' && mode !== 'frozen')
		return usage(`unknown mode "${mode}" (expected rebased or frozen)`);
	const goal: PlanGoalArg =
		goals[0] === 'rank'
			? { kind: 'rank', rank: rank as number }
			: goals[0] === 'score'
				? { kind: 'score', score: score as number }
				: { kind: 'overtake', unit: values.overtake as string };
	return {
		kind: 'plan',
		options: {
			unit: values.unit,
			goal,
			mode,
			growthPct: growthPct as number,
			years: years as number,
			margin: margin as number,
			framework: values.framework,
			data: values.data,
			out: values.out
		}
	};
}
