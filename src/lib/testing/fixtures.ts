// Test support: the built-in PII framework and a seeded random dataset for it.
import { readFileSync } from 'node:fs';
import { readFrameworkCsv } from '../io/csv';
import { indicatorCodes } from '../model/indicators';
import { compileTree, type Tree } from '../model/tree';
import type { Dataset } from '../model/types';
import { seededRandom } from '../model/random';

export { seededRandom };

export function piiTree(): Tree {
	const text = readFileSync(new URL('../data/pii-framework.csv', import.meta.url), 'utf8');
	const fw = readFrameworkCsv(text);
	if (!fw.ok) throw new Error(fw.errors.map((e) => e.message).join('\n'));
	return compileTree(fw.value);
}

export function randomDataset(
	tree: Tree,
	nUnits: number,
	seed: number,
	missingShare = 0.03
): Dataset {
	const rnd = seededRandom(seed);
	const codes = indicatorCodes(tree);
	const values = new Float64Array(nUnits * codes.length);
	for (let i = 0; i < values.length; i++) values[i] = rnd() < missingShare ? NaN : rnd() * 100;
	return {
		units: Array.from({ length: nUnits }, (_, u) => ({
			code: String(u + 1).padStart(2, '0'),
			name: `Unit ${u + 1}`
		})),
		indicators: codes,
		values
	};
}
