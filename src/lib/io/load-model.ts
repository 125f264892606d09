// Framework CSV + data CSV → validated, compiled model inputs (shared by the app and the command).
import { compileTree, type Tree } from '../model/tree';
import { indicatorCodes } from '../model/indicators';
import type { Dataset, Framework, Issue } from '../model/types';
import { readDataCsv, readFrameworkCsv } from './csv';

export type LoadedModel =
	| { ok: true; framework: Framework; tree: Tree; dataset: Dataset; warnings: Issue[] }
	| { ok: false; stage: 'framework' | 'data'; errors: Issue[] };

export function loadModel(frameworkCsv: string, dataCsv: string): LoadedModel {
	const fw = readFrameworkCsv(frameworkCsv);
	if (!fw.ok) return { ok: false, stage: 'framework', errors: fw.errors };
	const tree = compileTree(fw.value);
	const data = readDataCsv(dataCsv, indicatorCodes(tree));
	if (!data.ok) return { ok: false, stage: 'data', errors: data.errors };
	return { ok: true, framework: fw.value, tree, dataset: data.value, warnings: data.warnings };
}
