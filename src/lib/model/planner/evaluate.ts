// Recomputes the whole index on the kernel with the province's values replaced (targets), in the
// field's bounds mode; every planner figure (live scores, leverage, solver) comes from here.
import { createKernel } from '../kernel';
import { competitionRanks } from '../rank';
import { clip, frozenColumns } from './bounds';
import type { Field } from './field';

export interface Evaluation {
	/** Root score of every real unit (a copy: it stays valid). */
	root: Float64Array;
	/** Competition ranks of the real units. */
	ranks: Int32Array;
	/** The province's score and rank. */
	score: number;
	rank: number;
	/** The province's score on every node (tree order; a copy). */
	own: Float64Array;
	/** Kernel scores per node (n rows, or n + 2 in frozen mode); overwritten by the next call. */
	scores: Float64Array[];
	/** Kernel min and max per indicator position; overwritten by the next call. */
	min: Float64Array;
	max: Float64Array;
}

export interface Evaluator {
	field: Field;
	/** Scores with the province's values set to `values` (per indicator; default: current). */
	evaluate(values?: Float64Array): Evaluation;
	/** The columns `evaluate` computes on (shared buffers; copy to keep). */
	columnsWith(values: Float64Array): Float64Array[];
	/** Number of kernel computations so far. */
	readonly count: number;
}

export function createEvaluator(field: Field): Evaluator {
	const frozen = field.mode === 'frozen';
	const rows = field.nUnits + (frozen ? 2 : 0);
	const work = frozen
		? frozenColumns(field.columns, field.baseline)
		: field.columns.map((c) => Float64Array.from(c));
	const kernel = createKernel(field.tree, rows);
	const root = field.tree.root;
	let count = 0;

	function columnsWith(values: Float64Array): Float64Array[] {
		for (let p = 0; p < work.length; p++)
			work[p][field.unit] = frozen ? clip(values[p], p, field.baseline) : values[p];
		return work;
	}

	function evaluate(values: Float64Array = field.current): Evaluation {
		const out = kernel.compute(columnsWith(values), field.params);
		count++;
		const scores = Float64Array.from(out.scores[root].subarray(0, field.nUnits));
		const ranks = competitionRanks(scores);
		return {
			root: scores,
			ranks,
			score: scores[field.unit],
			rank: ranks[field.unit],
			own: Float64Array.from(out.scores, (col) => col[field.unit]),
			scores: out.scores,
			min: out.min,
			max: out.max
		};
	}

	return {
		field,
		evaluate,
		columnsWith,
		get count() {
			return count;
		}
	};
}

/** The province's values with `targets` (indicator position → value) applied over the current. */
export function withTargets(field: Field, targets: ReadonlyMap<number, number>): Float64Array {
	const values = Float64Array.from(field.current);
	for (const [p, x] of targets) if (Number.isFinite(x)) values[p] = x;
	return values;
}
