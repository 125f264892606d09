// Warnings a user must see about computed scores: constant or empty indicators, units whose
// whole branch is missing. Structured so the UI can word them in either language.
import type { Tree } from './tree';

export type ModelWarning =
	| { kind: 'constant-indicator'; code: string; value: number }
	| { kind: 'empty-indicator'; code: string }
	| { kind: 'missing-branch'; unit: string; code: string }
	| { kind: 'unranked-unit'; unit: string };

/**
 * @param columns raw data per indicator position; @param scores per node (tree order).
 * A missing branch is reported once, at its highest missing node below the root.
 */
export function diagnose(
	tree: Tree,
	unitCodes: string[],
	columns: Float64Array[],
	scores: Float64Array[]
): ModelWarning[] {
	const warnings: ModelWarning[] = [];
	tree.indicators.forEach((node, p) => {
		const code = tree.nodes[node].code;
		let min = Infinity;
		let max = -Infinity;
		for (const x of columns[p]) {
			if (x < min) min = x;
			if (x > max) max = x;
		}
		if (min === Infinity) warnings.push({ kind: 'empty-indicator', code });
		// Constant data only matters where the normalisation cannot score it (min-max: every score
		// missing); rank, percentile or goalposts still give it scores.
		else if (min === max && scores[node].every((x) => Number.isNaN(x)))
			warnings.push({ kind: 'constant-indicator', code, value: min });
	});
	unitCodes.forEach((unit, u) => {
		if (Number.isNaN(scores[tree.root][u])) {
			warnings.push({ kind: 'unranked-unit', unit });
			return;
		}
		const walk = (node: number) => {
			for (const k of tree.children[node]) {
				if (tree.children[k].length === 0) continue;
				if (Number.isNaN(scores[k][u]))
					warnings.push({ kind: 'missing-branch', unit, code: tree.nodes[k].code });
				else walk(k);
			}
		};
		walk(tree.root);
	});
	return warnings;
}

/** English wording, used by the headless command and as the fallback in the app. */
export function describeWarning(
	w: ModelWarning,
	unitName: (code: string) => string = (c) => c
): string {
	switch (w.kind) {
		case 'constant-indicator':
			return `indicator ${w.code} has the same value (${w.value}) for every unit: it cannot be normalised and is left out of the aggregation`;
		case 'empty-indicator':
			return `indicator ${w.code} has no values: it is left out of the aggregation`;
		case 'missing-branch':
			return `unit ${unitName(w.unit)} (${w.unit}) has no data in ${w.code}: that branch is left out and its siblings' weights renormalised`;
		case 'unranked-unit':
			return `unit ${unitName(w.unit)} (${w.unit}) has no data at all: no score and no rank`;
	}
}
