// Where each node's scores live: indicators in the Normalised sheet, aggregates in their level sheet.
import type { Tree } from '../model/tree';
import { FIRST_COL, SHEETS, a1, levelSheet } from './layout';

export interface NodeCell {
	sheet: string;
	col: number;
}

export function nodeCells(tree: Tree): NodeCell[] {
	const cells: NodeCell[] = tree.nodes.map(() => ({ sheet: '', col: -1 }));
	tree.indicators.forEach((i, p) => (cells[i] = { sheet: SHEETS.normalised, col: FIRST_COL + p }));
	for (const level of tree.levels)
		(tree.aggregatesByLevel.get(level) as number[]).forEach(
			(a, k) => (cells[a] = { sheet: levelSheet(level), col: FIRST_COL + k })
		);
	return cells;
}

/** `Sheet!C2`: a node's score cell for a unit row (0-based sheet row). */
export function nodeRef(cells: NodeCell[], node: number, row: number): string {
	return `${cells[node].sheet}!${a1(cells[node].col, row)}`;
}
