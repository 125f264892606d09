// The `uncertainty` sub-command: framework + data → Monte Carlo rank statistics CSV (code, name,
// nominal, median, p05, p95), with a summary (and Sobol indices when asked) on stderr.
import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { loadModelBytes } from '../lib/io/files-node';
import { formatIssue } from '../lib/model/issues';
import { columnsFor } from '../lib/model/dataset';
import { indicatorCodes } from '../lib/model/indicators';
import { frameworkParams } from '../lib/model/kernel';
import { defaultMethod } from '../lib/model/method';
import { runUncertainty } from '../lib/model/analysis/uncertainty-run';
import { uniformNoise, unworkableChoices } from '../lib/model/analysis/variants';
import { DEFAULT_DATA, DEFAULT_FRAMEWORK, type ComputeIo } from './compute';
import { readInput, runSubCommand } from './sub-command';
import {
	UNCERTAINTY_USAGE,
	parseUncertaintyArgs,
	type UncertaintyCliOptions
} from './uncertainty-args';

/** `pii uncertainty …` from its arguments (those after "uncertainty"); returns the exit code. */
export async function uncertaintyCommand(argv: string[], io: ComputeIo): Promise<number> {
	return runSubCommand(
		'uncertainty',
		UNCERTAINTY_USAGE,
		parseUncertaintyArgs(argv),
		io,
		runUncertaintyCli
	);
}

const fixed = (x: number) => (x > 0 ? String(Math.round(x * 100) / 100) : '');

export async function runUncertaintyCli(options: UncertaintyCliOptions, io: ComputeIo) {
	const fwPath = options.framework ?? DEFAULT_FRAMEWORK;
	const dataPath = options.data ?? DEFAULT_DATA;
	const fwBytes = readInput(fwPath, 'framework', io);
	const dataBytes = readInput(dataPath, 'data', io);
	if (!fwBytes || !dataBytes) return 1;
	const model = await loadModelBytes(fwBytes, dataBytes);
	if (!model.ok) {
		const file = model.stage === 'framework' ? fwPath : dataPath;
		model.errors.forEach((e) => io.stderr(formatIssue(e, file)));
		return 1;
	}
	const { tree, dataset } = model;
	const spec = {
		weightNoise: uniformNoise(tree, options.weights),
		normalisations: options.normalisations,
		aggregations: options.aggregations,
		treatment: options.treatment,
		imputation: options.imputation
	};
	const method = defaultMethod();
	const bad = unworkableChoices(tree, method, spec);
	if (bad.length) {
		const names = bad.map(
			(c) =>
				`${spec.normalisations[c.normalisation] ?? 'minmax'} + ${spec.aggregations[c.aggregation]}`
		);
		io.stderr(
			`error: these combinations cannot be computed (scores can be negative): ${[...new Set(names)].join(', ')}`
		);
		return 1;
	}
	const input = {
		tree,
		columns: columnsFor(dataset, indicatorCodes(tree)),
		...frameworkParams(tree),
		method
	};
	const t0 = performance.now();
	const r = runUncertainty(input, spec, {
		runs: options.runs,
		seed: options.seed,
		sensitivity: options.sensitivity
	});
	const seconds = (performance.now() - t0) / 1000;
	const data = dataset.units.map((unit, u) => [
		unit.code,
		unit.name,
		r.nominal[u] > 0 ? String(r.nominal[u]) : '',
		fixed(r.median[u]),
		fixed(r.p05[u]),
		fixed(r.p95[u])
	]);
	const fields = ['code', 'name', 'nominal', 'median', 'p05', 'p95'];
	const csv = `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
	const lines = [
		`${r.evaluations} model runs (seed ${options.seed}) in ${seconds.toFixed(2)} s; ` +
			`uncertain: ${r.factors.join(', ') || 'nothing'}; mean absolute rank shift ${r.meanShift.toFixed(2)}`
	];
	if (r.sensitivity) {
		const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');
		r.factors.forEach((f, i) => {
			const s = r.sensitivity;
			if (s)
				lines.push(
					`${f}: rank shift S ${pct(s.shift.first[i])} ST ${pct(s.shift.total[i])}; ` +
						`ranks S ${pct(s.ranks.first[i])} ST ${pct(s.ranks.total[i])}`
				);
		});
	}
	if (options.out === undefined) {
		io.stdout(csv);
		lines.forEach(io.stderr);
		return 0;
	}
	try {
		writeFileSync(options.out, csv, 'utf8');
	} catch (e) {
		io.stderr(`error: cannot write ${options.out}: ${(e as Error).message}`);
		return 1;
	}
	io.stdout(lines.map((l) => `${l}\n`).join(''));
	return 0;
}
