// The `plan` sub-command: framework + data → least-effort targets for a goal, checked in a model
// workbook → targets CSV (indicator, current, target, gain) and the rank reached.
import { writeFileSync } from 'node:fs';
import { loadModel } from '../lib/io/load-model';
import { formatIssue } from '../lib/model/issues';
import { frameworkParams } from '../lib/model/kernel';
import { columnsFor } from '../lib/model/dataset';
import { indicatorCodes } from '../lib/model/indicators';
import { createEvaluator } from '../lib/model/planner/evaluate';
import { makeField } from '../lib/model/planner/field';
import { goalProblem, type Goal } from '../lib/model/planner/goal';
import { gainsAlone, solve, type Plan } from '../lib/model/planner/solver';
import { verifyTargets } from '../lib/model/planner/verify';
import { DEFAULT_DATA, DEFAULT_FRAMEWORK, type ComputeIo } from './compute';
import { readInput, runSubCommand } from './sub-command';
import { PLAN_USAGE, parsePlanArgs, type PlanOptions } from './plan-args';

export const EXIT_UNREACHABLE = 3;

/** Shortest text that reads back to the same number; missing → empty. */
const plain = (x: number) => (Number.isFinite(x) ? String(x) : '');
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–');

function goalText(goal: PlanOptions['goal']): string {
	if (goal.kind === 'rank') return `rank ${goal.rank}`;
	if (goal.kind === 'score') return `PII ${goal.score}`;
	return `overtake ${goal.unit}`;
}

/** `pii plan …` from its arguments (those after "plan"); returns the exit code. */
export async function planCommand(argv: string[], io: ComputeIo): Promise<number> {
	return runSubCommand('plan', PLAN_USAGE, parsePlanArgs(argv), io, runPlan);
}

/** Run `plan`; returns the exit code (0 reached, 1 invalid input, 3 unreachable). */
export async function runPlan(options: PlanOptions, io: ComputeIo): Promise<number> {
	const fwPath = options.framework ?? DEFAULT_FRAMEWORK;
	const dataPath = options.data ?? DEFAULT_DATA;
	const fwText = readInput(fwPath, 'framework', io)?.toString('utf8') ?? null;
	const dataText = readInput(dataPath, 'data', io)?.toString('utf8') ?? null;
	if (fwText === null || dataText === null) return 1;
	const model = loadModel(fwText, dataText);
	if (!model.ok) {
		const file = model.stage === 'framework' ? fwPath : dataPath;
		model.errors.forEach((e) => io.stderr(formatIssue(e, file)));
		return 1;
	}
	const { tree, dataset } = model;
	const codeOf = (u: number) => `${dataset.units[u].code} ${dataset.units[u].name}`;
	const find = (code: string) => dataset.units.findIndex((u) => u.code === code);
	const unit = find(options.unit);
	if (unit < 0) {
		io.stderr(`error: no unit "${options.unit}" in ${dataPath}`);
		return 1;
	}
	const g = options.goal;
	const goal: Goal = g.kind === 'overtake' ? { kind: 'overtake', unit: find(g.unit) } : g;
	const problem = goalProblem(goal, dataset.units.length, unit);
	if (problem) {
		io.stderr(`error: goal "${goalText(g)}" cannot be asked for (${problem})`);
		return 1;
	}
	const codes = indicatorCodes(tree);
	const params = frameworkParams(tree);
	const field = makeField(tree, params, columnsFor(dataset, codes), unit, {
		mode: options.mode,
		growth: { ratePct: options.growthPct, years: options.years }
	});
	const ev = createEvaluator(field);
	const plan = solve(field, goal, { evaluator: ev, margin: options.margin });
	const { createWorkbookOracle } = await import('../lib/model/planner/workbook-oracle');
	const oracle = createWorkbookOracle(
		tree,
		params,
		dataset.units,
		ev.columnsWith(plan.targets).map((c) => Float64Array.from(c))
	);
	const check = (() => {
		try {
			return verifyTargets(ev, goal, plan.targets, oracle.rootScores);
		} finally {
			oracle.destroy();
		}
	})();
	const gains = gainsAlone(ev, plan.targets);
	const rows = codes.flatMap((code, p) =>
		Object.is(plan.targets[p], field.current[p])
			? []
			: [
					[code, field.current[p], plan.targets[p], gains[p]]
						.map((x) => (typeof x === 'string' ? x : plain(x)))
						.join(',')
				]
	);
	const csv = `indicator,current,target,gain\n${rows.map((r) => `${r}\n`).join('')}`;
	const n = dataset.units.length;
	const lines = summary(plan, check, n, `${codeOf(unit)}`, goalText(g), options.mode, rows.length);
	if (options.out === undefined) {
		io.stdout(csv);
		lines.forEach(io.stderr);
	} else {
		try {
			writeFileSync(options.out, csv, 'utf8');
		} catch (e) {
			io.stderr(`error: cannot write ${options.out}: ${(e as Error).message}`);
			return 1;
		}
		io.stdout(lines.map((l) => `${l}\n`).join(''));
	}
	if (plan.status === 'no-score') return 1;
	return plan.status === 'unreachable' ? EXIT_UNREACHABLE : 0;
}

function summary(
	plan: Plan,
	check: { score: number; rank: number; met: boolean },
	n: number,
	unit: string,
	goal: string,
	mode: string,
	changed: number
): string[] {
	const at = `rank ${check.rank} of ${n} (PII ${fmt(check.score)}), recomputed in the workbook`;
	const head = [
		`province: ${unit}; goal: ${goal}; bounds: ${mode}`,
		`current: rank ${plan.current.rank} of ${n} (PII ${fmt(plan.current.score)})`
	];
	if (plan.status === 'already') return [...head, `goal already met: ${at}`];
	if (plan.status === 'no-score') return [...head, 'the province has no score: nothing to plan'];
	const effort = `${changed} indicators, effort ${fmt(plan.effort)} normalised points`;
	if (plan.status === 'unreachable')
		return [
			...head,
			`goal not reachable under the caps: with every indicator at its cap (${effort}) the ${at}`
		];
	const optimal = plan.optimal ? 'least effort (exact)' : 'least effort found (heuristic)';
	return [
		...head,
		`plan: ${effort}, ${optimal}`,
		`rank reached: ${at}${check.met ? '' : ' — goal NOT met'}`
	];
}
