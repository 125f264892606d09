import { describe, expect, it } from 'vitest';
import { piiTree } from '../testing/fixtures';
import { nodeCells } from '../workbook/build';
import { cellKey, cellMeaning, rawCell, scoreCell, weightCell } from './cell-meaning';

const tree = piiTree();
const cells = nodeCells(tree);
const at = (code: string) => tree.indexOf.get(code) as number;

describe('cellMeaning', () => {
	it('reads raw values, bounds and normalised scores by indicator column', () => {
		expect(cellMeaning(tree, 63, { sheet: 'Data', row: 1, col: 2 })).toEqual({
			kind: 'raw',
			node: at('1.1.1'),
			unit: 0
		});
		expect(cellMeaning(tree, 63, { sheet: 'Bounds', row: 2, col: 3 })).toEqual({
			kind: 'bound',
			node: at('1.1.2'),
			bound: 'max'
		});
		expect(cellMeaning(tree, 63, { sheet: 'Treated', row: 2, col: 3 })).toEqual({
			kind: 'stage',
			node: at('1.1.2'),
			unit: 1,
			sheet: 'Treated'
		});
		expect(cellMeaning(tree, 63, { sheet: 'Normalised', row: 63, col: 2 })).toMatchObject({
			kind: 'score',
			unit: 62
		});
	});

	it('reads aggregates by level, results, weights and directions', () => {
		expect(cellMeaning(tree, 63, { sheet: 'Level2', row: 1, col: 2 })).toEqual({
			kind: 'score',
			node: at('1.1'),
			unit: 0
		});
		expect(cellMeaning(tree, 63, { sheet: 'Results', row: 5, col: 2 })).toEqual({
			kind: 'result',
			node: tree.root,
			unit: 4
		});
		const resultCols = 1 + tree.children[tree.root].length;
		expect(cellMeaning(tree, 63, { sheet: 'Results', row: 1, col: 2 + resultCols })).toEqual({
			kind: 'ratio',
			unit: 0
		});
		expect(cellMeaning(tree, 63, weightCell(at('P3')))).toEqual({
			kind: 'weight',
			node: at('P3')
		});
		expect(cellMeaning(tree, 63, { sheet: 'Framework', row: at('1.1.1') + 1, col: 6 })).toEqual({
			kind: 'direction',
			node: at('1.1.1')
		});
	});

	it('calls headers, names and cells out of range labels', () => {
		for (const ref of [
			{ sheet: 'Data', row: 0, col: 2 },
			{ sheet: 'Data', row: 1, col: 1 },
			{ sheet: 'Data', row: 64, col: 2 },
			{ sheet: 'Level9', row: 1, col: 2 },
			{ sheet: 'Framework', row: at('P1') + 1, col: 6 }
		])
			expect(cellMeaning(tree, 63, ref)).toEqual({ kind: 'label' });
	});
});

describe('cell addresses', () => {
	it('places scores, raw values and weights', () => {
		expect(scoreCell(cells, at('1.1'), 3)).toEqual({ sheet: 'Level2', row: 4, col: 2 });
		expect(scoreCell(cells, at('1.1.1'), 0)).toEqual({ sheet: 'Normalised', row: 1, col: 2 });
		expect(rawCell(0, 0)).toEqual({ sheet: 'Data', row: 1, col: 2 });
		expect(cellKey(weightCell(0))).toBe('Framework!1:5');
	});
});
