// Test support for the planner: a small hand-made framework, and the PII framework with the
// illustrative 2023 data, as kernel-ready columns and parameters.
import { readFileSync } from 'node:fs';
import { loadModel } from '../../io/load-model';
import { columnsFor } from '../dataset';
import { indicatorCodes } from '../indicators';
import { frameworkParams, type KernelParams } from '../kernel';
import { compileTree, type Tree } from '../tree';
import type { Dataset, Direction, FrameworkNode } from '../types';

export interface TestModel {
	tree: Tree;
	params: KernelParams;
	columns: Float64Array[];
	dataset: Dataset;
}

const node = (
	code: string,
	parent: string | null,
	level: number,
	direction: Direction = 1
): FrameworkNode => ({
	code,
	parent,
	nameVi: code,
	nameEn: code,
	weight: 1,
	direction,
	level
});

/** PII → indicators A, B, … (equal weights); `rows` are units × indicators. */
export function smallModel(rows: number[][], directions: Direction[] = []): TestModel {
	const m = rows[0].length;
	const codes = Array.from({ length: m }, (_, p) => String.fromCharCode(65 + p));
	const tree = compileTree({
		nodes: [node('PII', null, 2), ...codes.map((c, p) => node(c, 'PII', 1, directions[p] ?? 1))]
	});
	const dataset: Dataset = {
		units: rows.map((_, u) => ({ code: `U${u}`, name: `Unit ${u}` })),
		indicators: codes,
		values: Float64Array.from(rows.flat())
	};
	return { tree, params: frameworkParams(tree), columns: columnsFor(dataset, codes), dataset };
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The PII framework with the illustrative 2023 dataset (63 provinces). */
export function piiModel(): TestModel {
	const model = loadModel(
		read('../../data/pii-framework.csv'),
		read('../../data/illustrative-2023.csv')
	);
	if (!model.ok) throw new Error(model.errors.map((e) => e.message).join('\n'));
	const { tree, dataset } = model;
	return {
		tree,
		params: frameworkParams(tree),
		columns: columnsFor(dataset, indicatorCodes(tree)),
		dataset
	};
}

export function dataFile(name: string): string {
	return read(`../../data/${name}`);
}
