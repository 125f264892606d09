// Checks a plan by an independent recomputation (the spreadsheet workbook, through an oracle):
// the rank reached is read back from the recomputed scores, never taken from the solver.
import { competitionRanks } from '../rank';
import type { Evaluator } from './evaluate';
import { goalMet, type Goal } from './goal';

/** Root scores of every row of `columns` (rows beyond the real units are the frozen bounds). */
export type RootOracle = (columns: Float64Array[]) => Float64Array;

export interface Verification {
	score: number;
	rank: number;
	met: boolean;
	/** Largest difference between the oracle and the kernel over the real units. */
	maxDiff: number;
}

export function verifyTargets(
	ev: Evaluator,
	goal: Goal,
	targets: Float64Array,
	oracle: RootOracle
): Verification {
	const { unit, nUnits } = ev.field;
	const columns = ev.columnsWith(targets).map((c) => Float64Array.from(c));
	const kernel = ev.evaluate(targets).root;
	const root = oracle(columns).subarray(0, nUnits);
	let maxDiff = 0;
	for (let u = 0; u < nUnits; u++) {
		const a = root[u];
		const b = kernel[u];
		if (Number.isNaN(a) !== Number.isNaN(b)) maxDiff = Infinity;
		else if (!Number.isNaN(a)) maxDiff = Math.max(maxDiff, Math.abs(a - b));
	}
	return {
		score: root[unit],
		rank: competitionRanks(root)[unit],
		met: goalMet(goal, root, unit),
		maxDiff
	};
}
