import { describe, expect, it } from 'vitest';
import { piiTree, randomDataset } from '../testing/fixtures';
import { ModelWorkbook } from '../workbook/workbook';
import { CellTrace, groupByColumn, sheetNames } from './trace';

const tree = piiTree();
const wb = new ModelWorkbook(tree, randomDataset(tree, 5, 7, 0));
const trace = new CellTrace(wb);
const row = (code: string) => (tree.indexOf.get(code) as number) + 1;

describe('CellTrace.precedents', () => {
	it('lists the normalised cells and the named weights of a sub-pillar, each once', () => {
		const links = trace.precedents({ sheet: 'Level2', row: 1, col: 2 });
		expect(links.filter((l) => !l.via).map((l) => l.cell)).toEqual([
			{ sheet: 'Normalised', row: 1, col: 2 },
			{ sheet: 'Normalised', row: 1, col: 3 },
			{ sheet: 'Normalised', row: 1, col: 4 }
		]);
		expect(links.filter((l) => l.via).map((l) => [l.via, l.cell])).toEqual([
			['W_1.1.1', { sheet: 'Framework', row: row('1.1.1'), col: 5 }],
			['W_1.1.2', { sheet: 'Framework', row: row('1.1.2'), col: 5 }],
			['W_1.1.3', { sheet: 'Framework', row: row('1.1.3'), col: 5 }]
		]);
	});

	it('shows a bound reading a range and a normalised score reading data, bounds and direction', () => {
		expect(trace.precedents({ sheet: 'Bounds', row: 1, col: 2 })).toEqual([
			{ cell: { sheet: 'Data', row: 1, col: 2 }, end: { sheet: 'Data', row: 5, col: 2 } }
		]);
		const links = trace.precedents({ sheet: 'Normalised', row: 2, col: 2 });
		expect(links.map((l) => l.via ?? `${l.cell.sheet}!${l.cell.row}`).sort()).toEqual([
			'Bounds!1',
			'Bounds!2',
			'D_1.1.1',
			'Data!2'
		]);
	});

	it('has no precedents for an input cell', () => {
		expect(trace.precedents({ sheet: 'Data', row: 1, col: 2 })).toEqual([]);
	});
});

describe('CellTrace.dependents', () => {
	it('finds the bounds through the range and the unit’s normalised score', () => {
		const cells = trace.dependents({ sheet: 'Data', row: 1, col: 2 }).map((l) => l.cell);
		expect(cells).toContainEqual({ sheet: 'Bounds', row: 1, col: 2 });
		expect(cells).toContainEqual({ sheet: 'Bounds', row: 2, col: 2 });
		expect(cells).toContainEqual({ sheet: 'Normalised', row: 1, col: 2 });
		expect(cells).toHaveLength(3);
	});

	it('follows a weight through its name to every unit’s parent score', () => {
		const links = trace.dependents({ sheet: 'Framework', row: row('P1'), col: 5 });
		expect(links).toHaveLength(5);
		expect(links.every((l) => l.via === 'W_P1' && l.cell.sheet === 'Level4')).toBe(true);
	});

	it('reaches every score of every unit from one raw value (the bounds are shared)', () => {
		const reach = trace.reach({ sheet: 'Data', row: 1, col: 2 });
		const groups = groupByColumn(reach);
		const sheets = new Set(groups.map((g) => g.sheet));
		expect([...sheets]).toEqual(
			expect.arrayContaining(['Bounds', 'Normalised', 'Level2', 'Level5', 'Results'])
		);
		const normalised = groups.find((g) => g.sheet === 'Normalised');
		expect(normalised).toEqual({ sheet: 'Normalised', col: 2, rows: [1, 2, 3, 4, 5] });
		const pii = groups.find((g) => g.sheet === 'Level5');
		expect(pii?.rows).toEqual([1, 2, 3, 4, 5]);
	});

	it('reaches one unit only from a normalised score', () => {
		const reach = trace.reach({ sheet: 'Normalised', row: 3, col: 2 });
		expect(reach.every((c) => c.row === 3)).toBe(true);
		expect(reach.map((c) => c.sheet)).toContain('Results');
	});
});

describe('sheetNames', () => {
	it('lists the sheets of the workbook', () => {
		expect(sheetNames(wb)).toEqual(expect.arrayContaining(['Data', 'Bounds', 'Level5', 'Results']));
	});
});
