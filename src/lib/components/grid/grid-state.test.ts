// Grid state on a real workbench: each row sees exactly its part of the selection (what lets the
// views skip the other rows), edits show in their row, the sheet list is told only when it changes.
import { describe, expect, it } from 'vitest';
import { frameworkCsv, illustrative2023Csv } from '$lib/data/builtin';
import { loadModel } from '$lib/io/load-model';
import { seededRandom } from '$lib/model/random';
import { Workbench } from '$lib/state/workbench.svelte';
import { FW, MS, SHEETS } from '$lib/workbook/layout';
import { GridState } from './grid-state.svelte';
import { box } from './selection';

function opened(units = 10): { bench: Workbench; grid: GridState } {
	const model = loadModel(frameworkCsv, illustrative2023Csv);
	if (!model.ok) throw new Error('the built-in data does not load');
	const { indicators, values } = model.dataset;
	const bench = new Workbench();
	bench.open(model.framework, {
		units: model.dataset.units.slice(0, units),
		indicators,
		values: values.slice(0, units * indicators.length)
	});
	return { bench, grid: new GridState(bench) };
}

describe('grid state', () => {
	it('gives every row its part of the selection after any sequence of selections', () => {
		const { grid } = opened();
		const n = grid.spec!.rows.length;
		const rows = Array.from({ length: n }, (_, r) => grid.rowSelection(r));
		const rnd = seededRandom(11);
		const pick = (m: number) => Math.floor(rnd() * m);
		for (let step = 0; step < 300; step++) {
			const anchor = { r: pick(n), c: pick(20) };
			grid.selection =
				step % 3 === 0 ? { anchor, focus: anchor } : { anchor, focus: { r: pick(n), c: pick(20) } };
			const b = box(grid.selection);
			rows.forEach((row, r) => {
				const inside = r >= b.r0 && r <= b.r1;
				expect(row.box && [row.box.c0, row.box.c1]).toEqual(inside ? [b.c0, b.c1] : null);
				expect(row.focusCol).toBe(grid.selection.focus.r === r ? grid.selection.focus.c : -1);
			});
			const k = pick(n);
			expect(grid.rowSelection(k)).toBe(rows[k]);
		}
	});

	it('shows an edit in its row, in the UI locale', () => {
		const { bench, grid } = opened();
		const row = grid.spec!.rows[3];
		grid.selection = { anchor: { r: 3, c: 0 }, focus: { r: 3, c: 0 } };
		expect(grid.startEdit('12,5')).toBe(true);
		expect(grid.commitEdit()).toBe(true);
		expect(grid.rowTexts[row][0]).toBe('12,5');
		bench.locale = 'en';
		expect(grid.rowTexts[row][0]).toBe('12.5');
	});

	it('names the framework fields in the UI language, keeping the field name as the code', () => {
		const { bench, grid } = opened();
		const header = () =>
			grid.specs.find((s) => s.kind === 'framework')!.colHeader(FW.leadDepartment);
		expect(header()).toEqual({ code: 'lead_department', name: 'Sở/ngành chủ trì' });
		bench.locale = 'en';
		expect(header()).toEqual({ code: 'lead_department', name: 'Lead department' });
	});

	it('shows whole numbers of the framework and the method settings without decimals', () => {
		const { bench, grid } = opened();
		const texts = (name: string, col: number) => {
			grid.chooseSheet(grid.specs.findIndex((s) => s.name === name));
			const c = grid.spec!.cols.indexOf(col);
			const all = grid.rowTexts;
			return grid.spec!.rows.map((row) => all[row][c]);
		};
		expect(new Set(texts(SHEETS.framework, FW.level))).toEqual(new Set(['5', '4', '3', '2', '1']));
		expect(new Set(texts(SHEETS.framework, FW.weight))).toEqual(new Set(['1']));
		expect(texts(SHEETS.method, MS.minChildren).filter(Boolean)).not.toHaveLength(0);
		for (const text of texts(SHEETS.method, MS.minChildren)) expect(text).toMatch(/^\d*$/);
		// Computed scores keep 2 decimals.
		grid.chooseSheet(grid.specs.findIndex((s) => s.name === SHEETS.results));
		expect(grid.rowTexts[grid.spec!.rows[0]][0]).toMatch(/^\d+,\d\d$/);
		bench.locale = 'en';
		expect(grid.rowTexts[grid.spec!.rows[0]][0]).toMatch(/^\d+\.\d\d$/);
	});

	it('tells the sheet list only when it changes', () => {
		const { bench, grid } = opened();
		const names = bench.sheetNames;
		expect(names.split('|')).toContain(grid.spec!.name);
		grid.selection = { anchor: { r: 1, c: 1 }, focus: { r: 1, c: 1 } };
		grid.startEdit('7');
		grid.commitEdit();
		expect(bench.sheetNames).toBe(names);
	});
});
