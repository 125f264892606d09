// Uncertainty analysis speed: Monte Carlo runs per second on the PII framework with every
// uncertainty on (weight noise ±25% on every level, min-max/z-score/rank normalisation,
// arithmetic/geometric means, treatment on/off, imputation on/off), and with Sobol indices.
import { columnsFor } from '../../src/lib/model/dataset';
import { indicatorCodes } from '../../src/lib/model/indicators';
import { frameworkParams } from '../../src/lib/model/kernel';
import { defaultMethod } from '../../src/lib/model/method';
import { runUncertainty } from '../../src/lib/model/analysis/uncertainty-run';
import { uniformNoise, type UncertaintySpec } from '../../src/lib/model/analysis/variants';
import type { Tree } from '../../src/lib/model/tree';
import { randomDataset } from '../../src/lib/testing/fixtures';
import { timeOnce } from './timing';

export interface UncertaintyTiming {
	units: number;
	runs: number;
	ms: number;
	runsPerSecond: number;
	sobolEvaluations: number;
	sobolMs: number;
}

/** Target: at least this many runs per second at 63 units (1,000 runs within 2 s). */
export const UNCERTAINTY_TARGET = 500;

export function allUncertainties(tree: Tree): UncertaintySpec {
	return {
		weightNoise: uniformNoise(tree, 0.25),
		normalisations: ['minmax', 'rank', 'percentile'],
		aggregations: ['arithmetic', 'geometric'],
		treatment: true,
		imputation: true
	};
}

export function measureUncertainty(tree: Tree, units = 63, runs = 1000): UncertaintyTiming {
	const dataset = randomDataset(tree, units, 2023);
	const { weights, directions } = frameworkParams(tree);
	const input = {
		tree,
		columns: columnsFor(dataset, indicatorCodes(tree)),
		weights,
		directions,
		method: defaultMethod()
	};
	const spec = allUncertainties(tree);
	runUncertainty(input, spec, { runs: 50, seed: 1 }); // warm-up
	const ms = timeOnce(() => runUncertainty(input, spec, { runs, seed: 7 }));
	const sobolRuns = Math.round(runs / 7);
	let sobolEvaluations = 0;
	const sobolMs = timeOnce(() => {
		sobolEvaluations = runUncertainty(input, spec, {
			runs: sobolRuns,
			seed: 7,
			sensitivity: true
		}).evaluations;
	});
	return {
		units,
		runs,
		ms,
		runsPerSecond: (runs * 1000) / ms,
		sobolEvaluations,
		sobolMs
	};
}

export function uncertaintyLines(t: UncertaintyTiming): string {
	const pass = t.runsPerSecond >= UNCERTAINTY_TARGET ? 'PASS' : 'FAIL';
	return [
		`Uncertainty analysis, ${t.units} units, all four uncertainties: ${t.runs} runs in ` +
			`${t.ms.toFixed(0)} ms = ${t.runsPerSecond.toFixed(0)} runs/s`,
		`  with Sobol indices: ${t.sobolEvaluations} evaluations in ${t.sobolMs.toFixed(0)} ms`,
		`  ${pass} ≥ ${UNCERTAINTY_TARGET} runs/s (1,000 runs ≤ 2 s); COINr 1.1.14: ~0.12 s per run`
	].join('\n');
}
