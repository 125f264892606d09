// Two configurations of the index side by side: the current method and weights against an
// alternative (another method, equal weights), as ranks under each and the shift per unit.
import { createKernel, type KernelParams } from '../kernel';
import type { MethodSettings } from '../method';
import { competitionRanks } from '../rank';
import type { Tree } from '../tree';
import { workableMethod } from './variants';
import { rankChanges } from './whatif';

export interface Comparison {
	current: Int32Array;
	alternative: Int32Array;
	/** Places gained under the alternative (positive = up). */
	change: Int32Array;
	meanAbs: number;
	/** The method actually run for the alternative (geometric means on 1–100), null if none works. */
	method: MethodSettings | null;
}

/** Equal weights within every parent. */
export function equalWeights(tree: Tree): Float64Array {
	return new Float64Array(tree.nodes.length).fill(1);
}

export function compareConfigurations(
	tree: Tree,
	columns: Float64Array[],
	params: KernelParams & { method: MethodSettings },
	alternative: { method: MethodSettings; weights: Float64Array }
): Comparison {
	const kernel = createKernel(tree, columns[0]?.length ?? 0);
	const ranks = (p: KernelParams) => competitionRanks(kernel.compute(columns, p).scores[tree.root]);
	const current = ranks(params);
	const method = workableMethod(tree, alternative.method);
	const alt = method ? ranks({ ...params, weights: alternative.weights, method }) : current;
	const change = rankChanges(current, alt);
	let sum = 0;
	let count = 0;
	for (let u = 0; u < change.length; u++)
		if (current[u] > 0 && alt[u] > 0) {
			sum += Math.abs(change[u]);
			count++;
		}
	return { current, alternative: alt, change, meanAbs: count ? sum / count : 0, method };
}
