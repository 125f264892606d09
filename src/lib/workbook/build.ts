// Builds the sheets of the model workbook (framework, data, bounds, normalised, levels, results)
// as generated formulas, ready for HyperFormula.
import type { RawCellContent } from 'hyperformula';
import { directionName, weightName } from '../model/codes';
import type { Tree } from '../model/tree';
import type { Dataset } from '../model/types';
import { columnsFor } from '../model/dataset';
import { indicatorCodes } from '../model/indicators';
import {
	FIRST_COL,
	FW,
	RATIO_HEADER,
	FW_HEADERS,
	SHEETS,
	a1,
	columnLetter,
	levelSheet,
	textCell
} from './layout';
import { boundFormula, minMaxFormula, ratioFormula, weightedMeanFormula } from './formulas';

type Grid = RawCellContent[][];

export interface NodeCell {
	sheet: string;
	col: number;
}

/** Where each node's scores live: indicators in Normalised, aggregates in their level sheet. */
export function nodeCells(tree: Tree): NodeCell[] {
	const cells: NodeCell[] = tree.nodes.map(() => ({ sheet: '', col: -1 }));
	tree.indicators.forEach((i, p) => (cells[i] = { sheet: SHEETS.normalised, col: FIRST_COL + p }));
	for (const level of tree.levels)
		(tree.aggregatesByLevel.get(level) as number[]).forEach(
			(a, k) => (cells[a] = { sheet: levelSheet(level), col: FIRST_COL + k })
		);
	return cells;
}

/** Codes of IN and OUT when the framework has both (for the efficiency ratio). */
export function ratioNodes(tree: Tree): { out: number; in: number } | null {
	const find = (code: string) => tree.nodes.findIndex((n) => n.code.toUpperCase() === code);
	const i = find('IN');
	const o = find('OUT');
	return i > 0 && o > 0 && tree.children[i].length && tree.children[o].length
		? { in: i, out: o }
		: null;
}

function unitColumns(dataset: Dataset): Grid {
	return dataset.units.map((u) => [textCell(u.code), textCell(u.name)]);
}

export function buildSheets(tree: Tree, dataset: Dataset): Record<string, Grid> {
	const n = dataset.units.length;
	const codes = indicatorCodes(tree);
	const head = (labels: string[]): RawCellContent[] => ['code', 'name', ...labels.map(textCell)];
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
	const units = unitColumns(dataset);
	const data: Grid = [
		head(codes),
		...units.map((u, r) => [...u, ...columns.map((col) => (Number.isNaN(col[r]) ? null : col[r]))])
	];
	const bounds: Grid = [
		head(codes),
		['min', null, ...codes.map((_, p) => boundFormula('MIN', FIRST_COL + p, n))],
		['max', null, ...codes.map((_, p) => boundFormula('MAX', FIRST_COL + p, n))]
	];
	const normalised: Grid = [
		head(codes),
		...units.map((u, r) => [...u, ...codes.map((c, p) => minMaxFormula(FIRST_COL + p, r + 1, c))])
	];
	const sheets: Record<string, Grid> = {
		[SHEETS.framework]: framework,
		[SHEETS.data]: data,
		[SHEETS.bounds]: bounds,
		[SHEETS.normalised]: normalised
	};
	const cells = nodeCells(tree);
	const ref = (node: number, row: number) => `${cells[node].sheet}!${a1(cells[node].col, row)}`;
	for (const level of tree.levels) {
		const aggs = tree.aggregatesByLevel.get(level) as number[];
		sheets[levelSheet(level)] = [
			head(aggs.map((a) => tree.nodes[a].code)),
			...units.map((u, r) => [
				...u,
				...aggs.map((a) =>
					weightedMeanFormula(
						tree.children[a].map((k) => ({ ref: ref(k, r + 1), code: tree.nodes[k].code }))
					)
				)
			])
		];
	}
	const ratio = ratioNodes(tree);
	const resultNodes = [tree.root, ...tree.children[tree.root]];
	sheets[SHEETS.results] = [
		[...head(resultNodes.map((i) => tree.nodes[i].code)), ...(ratio ? [RATIO_HEADER] : [])],
		...units.map((u, r) => {
			const row: RawCellContent[] = [...u, ...resultNodes.map((i) => `=${ref(i, r + 1)}`)];
			if (ratio) row.push(ratioFormula(ref(ratio.out, r + 1), ref(ratio.in, r + 1)));
			return row;
		})
	];
	return sheets;
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
