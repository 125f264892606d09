// `npm run bench:plan [-- --sizes 63,700]`: times the planner's solver on rank goals (both bounds
// modes) for the illustrative 2023 data (63 provinces) and synthetic copies of it (more units),
// plus the one-off check of a plan in a model workbook.
import { readFileSync } from 'node:fs';
import { syntheticCsv } from '../src/lib/data/synthetic';
import { loadModel } from '../src/lib/io/load-model';
import { columnsFor } from '../src/lib/model/dataset';
import { indicatorCodes } from '../src/lib/model/indicators';
import { frameworkParams } from '../src/lib/model/kernel';
import { createEvaluator } from '../src/lib/model/planner/evaluate';
import { makeField, type BoundsMode } from '../src/lib/model/planner/field';
import { solve } from '../src/lib/model/planner/solver';
import { verifyTargets } from '../src/lib/model/planner/verify';
import { createWorkbookOracle } from '../src/lib/model/planner/workbook-oracle';
import { seededRandom } from '../src/lib/model/random';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const BASE = read('../src/lib/data/illustrative-2023.csv');
const FRAMEWORK = read('../src/lib/data/pii-framework.csv');
const RUNS = 20;

function parseSizes(argv: string[]): number[] | string {
	if (argv.length === 0) return [63, 700];
	const m = /^--sizes(?:=|$)(.*)/.exec(argv[0]);
	const value = m?.[1] || argv[1];
	const sizes = (value ?? '').split(',').map(Number);
	return sizes.every((n) => Number.isInteger(n) && n >= 2)
		? sizes
		: 'usage: npm run bench:plan [-- --sizes 63,700]';
}

const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x: number) => x.toFixed(2).padStart(8);

function main(): number {
	const sizes = parseSizes(process.argv.slice(2));
	if (typeof sizes === 'string') {
		process.stderr.write(`error: ${sizes}\n`);
		return 2;
	}
	console.log(
		`Planner solver: rank goals, ${RUNS} random provinces per size and mode; Node ${process.version}`
	);
	console.log(
		'size    mode      median ms   p90 ms   max ms   kernel runs (median)   workbook check ms'
	);
	for (const n of sizes) {
		const model = loadModel(FRAMEWORK, n === 63 ? BASE : syntheticCsv(BASE, n));
		if (!model.ok) throw new Error(model.errors.map((e) => e.message).join('; '));
		const { tree, dataset } = model;
		const columns = columnsFor(dataset, indicatorCodes(tree));
		const params = frameworkParams(tree);
		for (const mode of ['rebased', 'frozen'] as BoundsMode[]) {
			const rnd = seededRandom(7);
			const times: number[] = [];
			const runs: number[] = [];
			let check = NaN;
			for (let i = 0; i < RUNS + 2; i++) {
				const unit = Math.floor(rnd() * n);
				const field = makeField(tree, params, columns, unit, {
					mode,
					growth: { ratePct: 0, years: 1 }
				});
				const ev = createEvaluator(field);
				const rank = ev.evaluate().rank;
				const goal = { kind: 'rank' as const, rank: Math.max(1, Math.ceil(rank / 2)) };
				const t = performance.now();
				const plan = solve(field, goal, { evaluator: ev });
				const elapsed = performance.now() - t;
				if (i < 2) continue; // warm-up
				times.push(elapsed);
				runs.push(plan.evaluations);
				if (i === 2) {
					const start = performance.now();
					const cols = ev.columnsWith(plan.targets).map((c) => Float64Array.from(c));
					const oracle = createWorkbookOracle(tree, params, dataset.units, cols);
					const v = verifyTargets(ev, goal, plan.targets, oracle.rootScores);
					oracle.destroy();
					check = performance.now() - start;
					if (!v.met && plan.status !== 'unreachable') console.log('FAIL: plan not verified');
				}
			}
			console.log(
				`${String(n).padEnd(7)} ${mode.padEnd(8)} ${ms(quantile(times, 0.5))}   ${ms(quantile(times, 0.9))} ${ms(Math.max(...times))}   ${String(quantile(runs, 0.5)).padStart(10)}             ${ms(check)}`
			);
		}
	}
	return 0;
}

try {
	process.exitCode = main();
} catch (e) {
	process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
	process.exitCode = 1;
}
