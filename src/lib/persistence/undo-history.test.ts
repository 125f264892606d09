// Undo/redo on the real workbench: 250 mixed edits (values, pasted blocks, weights, directions) undo
// one step at a time back to the opened state and redo forward again; opening clears the history.
import { describe, expect, it } from 'vitest';
import type { Command } from '../commands/commands';
import { frameworkCsv, illustrative2023Csv } from '../data/builtin';
import { loadModel } from '../io/load-model';
import { seededRandom } from '../model/random';
import { Workbench } from '../state/workbench.svelte';

const STEPS = 250;
const UNITS = 12;

/** The PII framework with the first provinces of the illustrative data (a small, fast workbook). */
function opened(): Workbench {
	const model = loadModel(frameworkCsv, illustrative2023Csv);
	if (!model.ok) throw new Error('the built-in data does not load');
	const { units, indicators, values } = model.dataset;
	const bench = new Workbench();
	bench.open(model.framework, {
		units: units.slice(0, UNITS),
		indicators,
		values: values.slice(0, UNITS * indicators.length)
	});
	return bench;
}

function snapshot(bench: Workbench): string {
	const p = bench.params;
	return JSON.stringify([
		bench.rawColumns.map((c) => Array.from(c, (v) => (Number.isNaN(v) ? null : v))),
		Array.from(p?.weights ?? []),
		Array.from(p?.directions ?? [])
	]);
}

function randomCommand(bench: Workbench, rnd: () => number): Command {
	const wb = bench.workbook;
	if (!wb) throw new Error('no workbook');
	const pick = (n: number) => Math.floor(rnd() * n);
	const kind = rnd();
	const nInd = wb.tree.indicators.length;
	if (kind < 0.5)
		return {
			type: 'setValue',
			unit: pick(wb.nUnits),
			indicator: pick(nInd),
			value: rnd() < 0.1 ? null : Math.round(rnd() * 1e6) / 100
		};
	if (kind < 0.7) {
		const unit = pick(wb.nUnits - 3);
		const indicator = pick(nInd - 3);
		const edits = [0, 1, 2].flatMap((du) =>
			[0, 1, 2].map((dk) => ({ unit: unit + du, indicator: indicator + dk, value: pick(1000) }))
		);
		return { type: 'setValues', edits };
	}
	if (kind < 0.9) return { type: 'setWeight', node: pick(wb.tree.nodes.length), weight: pick(5) };
	const node = wb.tree.indicators[pick(nInd)];
	return { type: 'setDirection', node, direction: rnd() < 0.5 ? -1 : 1 };
}

describe('undo history', () => {
	it(`undoes ${STEPS} edits one by one back to the opened state, and redoes them`, () => {
		const bench = opened();
		const rnd = seededRandom(200);
		const states = [snapshot(bench)];
		for (let i = 0; i < STEPS; i++) {
			expect(bench.dispatch(randomCommand(bench, rnd))).toBe(true);
			states.push(snapshot(bench));
		}
		expect(new Set(states).size).toBeGreaterThan(STEPS * 0.9);
		for (let i = STEPS - 1; i >= 0; i--) {
			expect(bench.canUndo).toBe(true);
			bench.undo();
			expect(snapshot(bench)).toBe(states[i]);
		}
		expect(bench.canUndo).toBe(false);
		for (let i = 1; i <= STEPS; i++) {
			bench.redo();
			expect(snapshot(bench)).toBe(states[i]);
		}
		expect(bench.canRedo).toBe(false);
	});

	it('starts a clean history when a state is opened (opening is not an undoable step)', () => {
		const bench = opened();
		const framework = bench.framework;
		const dataset = bench.workbook?.dataset;
		if (!framework || !dataset) throw new Error('not loaded');
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 1 });
		bench.undo();
		expect(bench.canRedo).toBe(true);
		const code = framework.nodes[1].code;
		bench.openState(framework, dataset, { weights: { [code]: 7 } });
		expect(bench.canUndo).toBe(false);
		expect(bench.canRedo).toBe(false);
		expect(bench.params?.weights[bench.workbook?.tree.indexOf.get(code) ?? -1]).toBe(7);
		bench.open(framework, dataset);
		expect(bench.canUndo).toBe(false);
	});
});
