// Builds the sheets of the model workbook — Framework, Data, the method's sheets (Method, stages,
// Bounds, Normalised, levels; see build-method.ts) and Results — as generated formulas.
import type { RawCellContent } from 'hyperformula';
import { directionName, weightName } from '../model/codes';
import { columnsFor, denominatorsOf } from '../model/dataset';
import { indicatorCodes } from '../model/indicators';
import { defaultMethod, type MethodSettings } from '../model/method';
import { unitGroups } from '../model/methods/impute';
import type { Tree } from '../model/tree';
import type { Dataset } from '../model/types';
import { methodSheets } from './build-method';
import type { Grid } from './build-stages';
import { FW, RATIO_HEADER, FW_HEADERS, SHEETS, columnLetter, textCell } from './layout';
import { ratioFormula } from './formulas';
import { nodeCells, nodeRef } from './node-cells';

export { nodeCells, type NodeCell } from './node-cells';

/** Codes of IN and OUT when the framework has both (for the efficiency ratio). */
export function ratioNodes(tree: Tree): { out: number; in: number } | null {
	const find = (code: string) => tree.nodes.findIndex((n) => n.code.toUpperCase() === code);
	const i = find('IN');
	const o = find('OUT');
	return i > 0 && o > 0 && tree.children[i].length && tree.children[o].length
		? { in: i, out: o }
		: null;
}

export function buildSheets(
	tree: Tree,
	dataset: Dataset,
	method: MethodSettings = defaultMethod()
): Record<string, Grid> {
	const codes = indicatorCodes(tree);
	const units: Grid = dataset.units.map((u) => [textCell(u.code), textCell(u.name)]);
	const head = (labels: string[]): RawCellContent[] => ['code', 'name', ...labels.map(textCell)];
	const cell = (x: number) => (Number.isNaN(x) ? null : x);
	const framework: Grid = [
		FW_HEADERS,
		...tree.nodes.map((node, i) => [
			textCell(node.code),
			node.parent === null ? null : textCell(node.parent),
			textCell(node.nameVi),
			textCell(node.nameEn),
			node.level,
			node.weight,
			tree.children[i].length === 0 ? node.direction : null,
			node.unit ? textCell(node.unit) : null,
			node.leadDepartment ? textCell(node.leadDepartment) : null
		])
	];
	const columns = columnsFor(dataset, codes);
	const denominators = denominatorsOf(dataset);
	const data: Grid = [
		head([...codes, ...denominators.names]),
		...units.map((u, r) => [
			...u,
			...columns.map((col) => cell(col[r])),
			...denominators.columns.map((col) => cell(col[r]))
		])
	];
	const cells = nodeCells(tree);
	const ratio = ratioNodes(tree);
	const resultNodes = [tree.root, ...tree.children[tree.root]];
	const results: Grid = [
		[...head(resultNodes.map((i) => tree.nodes[i].code)), ...(ratio ? [RATIO_HEADER] : [])],
		...units.map((u, r) => {
			const row: RawCellContent[] = [
				...u,
				...resultNodes.map((i) => `=${nodeRef(cells, i, r + 1)}`)
			];
			if (ratio)
				row.push(ratioFormula(nodeRef(cells, ratio.out, r + 1), nodeRef(cells, ratio.in, r + 1)));
			return row;
		})
	];
	return {
		[SHEETS.framework]: framework,
		[SHEETS.data]: data,
		...methodSheets({
			tree,
			method,
			units: dataset.units,
			columns,
			denominatorNames: denominators.names,
			inputs: {
				denominators: new Map(denominators.names.map((name, j) => [name, denominators.columns[j]])),
				groups: unitGroups(dataset.units)
			}
		}),
		[SHEETS.results]: results
	};
}

/** Named cells: W_<code> for every weight, D_<code> for every indicator's direction. */
export function namedCells(tree: Tree): { name: string; expression: string }[] {
	const weightCol = columnLetter(FW.weight);
	const dirCol = columnLetter(FW.direction);
	return tree.nodes.flatMap((node, i) => {
		const row = i + 2;
		const names = [
			{ name: weightName(node.code), expression: `=${SHEETS.framework}!$${weightCol}$${row}` }
		];
		if (tree.children[i].length === 0)
			names.push({
				name: directionName(node.code),
				expression: `=${SHEETS.framework}!$${dirCol}$${row}`
			});
		return names;
	});
}
