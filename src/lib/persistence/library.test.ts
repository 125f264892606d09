// The library against fake-indexeddb with the real Workbench: start-up, reload gives the identical
// state, scenarios and workbooks, files, and every fault (quota, no IndexedDB, two tabs, bad
// records, a page closed before its save finished).
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Workbench } from '../state/workbench.svelte';
import { openIdbStore } from './idb-store';
import { Library } from './library.svelte';
import type { LibraryOptions } from './core.svelte';
import type { RecordStore } from './store';
import { FaultyStore, freshIndexedDb, quotaError, smallWorkbook } from './testing';

beforeEach(() => freshIndexedDb());

async function seedSmall() {
	const store = await openIdbStore();
	const { workbook, scenario } = smallWorkbook();
	await store.commit({ workbook, scenarios: [scenario], expectedRev: null });
	return { store, workbook, scenario };
}

async function open(options: LibraryOptions = {}) {
	const bench = new Workbench();
	const lib = new Library(bench, { delay: 5, maxWait: 20, ...options });
	await lib.start();
	return { bench, lib };
}

const snapshot = (bench: Workbench) => ({
	data: bench.rawColumns.map((c) => Array.from(c)),
	weights: Array.from(bench.params?.weights ?? []),
	directions: Array.from(bench.params?.directions ?? []),
	ranks: Array.from(bench.ranks)
});

describe('start-up and reload', () => {
	it('creates the illustrative 2023 workbook in a fresh browser, and writes nothing more on restart', async () => {
		let commits = 0;
		const counting = async (): Promise<RecordStore> => {
			const s = new FaultyStore(await openIdbStore());
			const commit = s.commit.bind(s);
			s.commit = (c) => (commits++, commit(c));
			return s;
		};
		const { bench, lib } = await open({ openStore: counting });
		expect(bench.workbook?.nUnits).toBe(63);
		expect(lib.mode).toBe('indexeddb');
		expect(lib.workbooks.map((w) => w.units)).toEqual([63]);
		expect(commits).toBe(1);
		const again = await open({ openStore: counting });
		expect(commits).toBe(1);
		expect(again.lib.current?.id).toBe(lib.current?.id);
		expect(again.bench.canUndo).toBe(false);
	});

	it('reopens the identical state: values, cleared cells, weights, directions, undone edits', async () => {
		await seedSmall();
		const { bench, lib } = await open();
		bench.dispatch({ type: 'setValue', unit: 1, indicator: 0, value: 12.345678901234567 });
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 2, value: null });
		bench.dispatch({ type: 'setWeight', node: 1, weight: 3 });
		bench.dispatch({ type: 'setDirection', node: 2, direction: -1 });
		bench.dispatch({ type: 'setValue', unit: 3, indicator: 1, value: 99 });
		bench.undo();
		await lib.flush();
		const before = snapshot(bench);
		const { bench: again } = await open();
		expect(snapshot(again)).toEqual(before);
		expect(again.rawColumns[0][1]).toBe(12.345678901234567);
		expect(Number.isNaN(again.rawColumns[2][0])).toBe(true);
		expect(again.canUndo).toBe(false);
	});

	it('has the edit durable in IndexedDB shortly after the last edit of a burst', async () => {
		const { store, workbook, scenario } = await seedSmall();
		const { bench, lib } = await open({ delay: 30, maxWait: 100 });
		for (let i = 0; i < 10; i++)
			bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: i });
		expect(lib.saveStatus).toBe('pending');
		await new Promise((r) => setTimeout(r, 150));
		const stored = (await store.getScenario(workbook.id, scenario.id)) as { values: number[][] };
		expect(stored.values[0][0]).toBe(9);
		expect(lib.saveStatus).toBe('saved');
	});
});

describe('scenarios', () => {
	it('creates, switches, renames, duplicates and deletes; each keeps its own state', async () => {
		await seedSmall();
		const { bench, lib } = await open();
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 111 });
		expect(await lib.newScenario('current', 'Edited copy')).toBe(true);
		expect(bench.canUndo).toBe(false);
		expect(bench.rawColumns[0][0]).toBe(111);
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 222 });
		expect(await lib.newScenario('baseline', 'From baseline')).toBe(true);
		expect(bench.rawColumns[0][0]).toBe(10);
		const [base, copy, fresh] = lib.current?.scenarios.map((s) => s.id) ?? [];
		expect(lib.current?.scenarios.map((s) => s.name)).toEqual([
			'Base',
			'Edited copy',
			'From baseline'
		]);
		await lib.switchScenario(base);
		expect(bench.rawColumns[0][0]).toBe(111);
		await lib.switchScenario(copy);
		expect(bench.rawColumns[0][0]).toBe(222);
		await lib.renameScenario(fresh, 'Renamed');
		await lib.duplicateScenario(copy);
		expect(lib.current?.scenarios.map((s) => s.name)).toEqual([
			'Base',
			'Edited copy',
			'Edited copy (bản sao)',
			'Renamed'
		]);
		const dup = lib.current?.scenarios[2].id ?? '';
		expect((await lib.scenarioState(dup))?.values[0][0]).toBe(222);
		// The open scenario is the one that opens next time.
		const { bench: again, lib: lib2 } = await open();
		expect(lib2.scenarioId).toBe(copy);
		expect(again.rawColumns[0][0]).toBe(222);
		expect(await lib2.deleteScenario(copy)).toBe(true);
		expect(lib2.current?.scenarios.map((s) => s.name)).toEqual([
			'Base',
			'Edited copy (bản sao)',
			'Renamed'
		]);
		expect(lib2.scenarioId).not.toBe(copy);
		for (const id of [base, dup]) await lib2.deleteScenario(id);
		expect(await lib2.deleteScenario(fresh)).toBe(false);
		expect(lib2.current?.scenarios.map((s) => s.name)).toEqual(['Renamed']);
	});
	it('keeps an edit made while another scenario was being opened', async () => {
		await seedSmall();
		const { bench, lib } = await open();
		const first = lib.scenarioId;
		await lib.newScenario('baseline', 'Second');
		const second = lib.scenarioId;
		const switching = lib.switchScenario(first);
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 555 });
		await switching;
		await lib.flush();
		expect(lib.scenarioId).toBe(first);
		expect((await lib.scenarioState(second))?.values[0][0]).toBe(555);
		expect(lib.stale).toBe(false);
		const { lib: again } = await open();
		expect(again.scenarioId).toBe(first);
	});
});

describe('workbooks and files', () => {
	it('lists, creates 2025, renames, duplicates, deletes the open one and opens the next', async () => {
		await seedSmall();
		const { bench, lib } = await open();
		expect(await lib.createPreset('2025')).toBe(true);
		expect(bench.workbook?.nUnits).toBe(34);
		expect(bench.unitLabel(0)).toBe('Hà Nội');
		const id2025 = lib.current?.id ?? '';
		await lib.renameWorkbook(id2025, 'Hai năm');
		await lib.duplicateWorkbook(id2025);
		expect(lib.workbooks.map((w) => `${w.name}: ${w.units}`).sort()).toEqual([
			'Hai năm (bản sao): 34',
			'Hai năm: 34',
			'Small: 4'
		]);
		await lib.deleteWorkbook(id2025);
		expect(lib.workbooks).toHaveLength(2);
		expect(lib.current?.id).not.toBe(id2025);
		expect(bench.workbook?.nUnits).toBeGreaterThan(0);
	});

	it('exports everything and imports it on another machine with the same numbers', async () => {
		await seedSmall();
		const { bench, lib } = await open();
		bench.dispatch({ type: 'setValue', unit: 2, indicator: 1, value: 0.1 + 0.2 });
		await lib.newScenario('current', 'Second');
		bench.dispatch({ type: 'setWeight', node: 4, weight: 0.3333333333333333 });
		const file = await lib.exportFile();
		const expected = snapshot(bench);
		freshIndexedDb();
		const { bench: other, lib: lib2 } = await open();
		expect(other.workbook?.nUnits).toBe(63);
		expect(await lib2.importFile(file?.text ?? '')).toEqual({ ok: true });
		expect(snapshot(other)).toEqual(expected);
		expect(lib2.current?.scenarios.map((s) => s.name)).toEqual(['Base', 'Second']);
		expect(file?.fileName).toBe('Small.pii.json');
	});

	it('changes nothing when a file is bad, and says where', async () => {
		await seedSmall();
		const { bench, lib } = await open();
		const file = JSON.parse((await lib.exportFile())?.text ?? '');
		file.scenarios[0].values[3][1] = 'x';
		const before = { list: lib.workbooks, current: lib.current, data: snapshot(bench) };
		const r = await lib.importFile(JSON.stringify(file));
		expect(r).toEqual({
			ok: false,
			issues: [{ path: 'scenarios[0].values[3][1]', code: 'notNumber' }]
		});
		expect({ list: lib.workbooks, current: lib.current, data: snapshot(bench) }).toEqual(before);
	});

	it('keeps a workbook replaced by an import as a new workbook, and a same-shape import as an edit', async () => {
		const { workbook } = await seedSmall();
		const { bench, lib } = await open();
		const model = bench.workbook;
		if (!model || !bench.framework) throw new Error('no model');
		const values = Float64Array.from(model.dataset.values, (v) => (Number.isNaN(v) ? 1 : v * 2));
		bench.open(bench.framework, { ...model.dataset, values });
		await lib.flush();
		expect(lib.current?.id).toBe(workbook.id);
		expect((await lib.scenarioState(lib.scenarioId))?.values[0]).toEqual([20, 10, 2]);
		bench.open(bench.framework, {
			...model.dataset,
			units: model.dataset.units.slice(0, 3),
			values: values.slice(0, 9)
		});
		await lib.flush();
		expect(lib.current?.id).not.toBe(workbook.id);
		expect(lib.workbooks.map((w) => w.units).sort()).toEqual([3, 4]);
	});
});

describe('faults', () => {
	it('keeps an edit in memory when storage is full, says so, and saves once space is back', async () => {
		await seedSmall();
		const faulty = new FaultyStore(await openIdbStore());
		const { bench, lib } = await open({ openStore: async () => faulty });
		faulty.failWith = quotaError;
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 77 });
		await lib.flush();
		expect(lib.notices.map((n) => n.kind)).toEqual(['quota']);
		expect(lib.saveStatus).toBe('unsaved');
		expect(bench.rawColumns[0][0]).toBe(77);
		expect((await lib.exportFile())?.text).toContain('[77,5,1]');
		faulty.failWith = null;
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 1, value: 6 });
		await lib.flush();
		expect(lib.notices).toEqual([]);
		expect(lib.saveStatus).toBe('saved');
		const { bench: again } = await open();
		expect(again.rawColumns[0][0]).toBe(77);
	});

	it('works in memory with a warning when IndexedDB cannot be opened', async () => {
		const { bench, lib } = await open({
			openStore: () => Promise.reject(new Error('InvalidStateError'))
		});
		expect(lib.mode).toBe('memory');
		expect(lib.notices.map((n) => n.kind)).toEqual(['unavailable']);
		expect(bench.workbook?.nUnits).toBe(63);
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 5 });
		await lib.newScenario('baseline', 'Other');
		await lib.switchScenario(lib.current?.scenarios[0].id ?? '');
		expect(bench.rawColumns[0][0]).toBe(5);
		expect((await lib.exportFile())?.text).toContain('"Other"');
	});

	it('two tabs: the second is told, never overwrites, and can reload or keep its version', async () => {
		await seedSmall();
		const a = await open();
		const b = await open();
		a.bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 1000 });
		await a.lib.flush();
		await new Promise((r) => setTimeout(r, 20));
		expect(b.lib.stale).toBe(true);
		expect(b.lib.notices.map((n) => n.kind)).toEqual(['stale']);
		b.bench.dispatch({ type: 'setValue', unit: 1, indicator: 0, value: 2000 });
		await b.lib.flush();
		expect(b.lib.saveStatus).toBe('unsaved');
		const check = await open();
		expect(check.bench.rawColumns[0][0]).toBe(1000);
		expect(check.bench.rawColumns[0][1]).toBe(20);
		expect(await b.lib.keepMine()).toBe(true);
		expect(b.lib.stale).toBe(false);
		expect(b.lib.current?.name).toBe('Small (bản của thẻ khác)');
		expect(b.bench.rawColumns[0][1]).toBe(2000);
		await b.lib.reload();
		expect(b.bench.rawColumns[0][1]).toBe(2000);
		a.bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 3000 });
		await a.lib.flush();
		expect(b.lib.stale).toBe(false);
	});

	it('sets a bad workbook record aside, says so, and opens the last good workbook', async () => {
		const { store, workbook } = await seedSmall();
		const bad = { ...structuredClone(workbook), id: 'bad', modifiedAt: workbook.modifiedAt + 1 };
		(bad.baseline.values[3] as unknown[])[1] = 'x';
		await store.commit({ workbook: bad, expectedRev: null });
		const { lib } = await open();
		expect(lib.current?.id).toBe(workbook.id);
		expect(lib.notices.map((n) => n.kind)).toEqual(['setAside']);
		expect(lib.notices[0].issues).toEqual([{ path: 'baseline.values[3][1]', code: 'notNumber' }]);
		const aside = await store.setAsideList();
		expect(aside.map((e) => (e.raw as { id: string }).id)).toEqual(['bad']);
		expect(await store.getWorkbook('bad')).toBeUndefined();
	});

	it('opens another scenario when the one to open is unreadable', async () => {
		const { store, workbook, scenario } = await seedSmall();
		const { lib } = await open();
		await lib.newScenario('baseline', 'Second');
		const second = lib.scenarioId;
		await store.commit({
			workbook: { ...(lib.current as typeof workbook), rev: (lib.current?.rev ?? 0) + 1 },
			scenarios: [{ ...scenario, id: second, values: [[1, 2]] }],
			expectedRev: lib.current?.rev ?? 0
		});
		const { bench, lib: lib2 } = await open();
		expect(lib2.scenarioId).toBe(scenario.id);
		expect(lib2.current?.scenarios.map((s) => s.id)).toEqual([scenario.id]);
		expect(lib2.notices.map((n) => n.kind)).toEqual(['setAside']);
		expect(bench.rawColumns[0][0]).toBe(10);
		expect(workbook.id).toBe(lib2.current?.id);
	});

	it('recovers the last edits of a page closed before its save finished', async () => {
		await seedSmall();
		const faulty = new FaultyStore(await openIdbStore());
		const { bench, lib } = await open({
			openStore: async () => faulty,
			delay: 10_000,
			maxWait: 10_000
		});
		faulty.hang = true;
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 41 });
		bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 42 });
		lib.pageHide();
		const { bench: again, lib: lib2 } = await open();
		expect(again.rawColumns[0][0]).toBe(42);
		expect(lib2.notices).toEqual([]);
		expect(lib2.current?.scenarios).toHaveLength(1);
	});

	it('recovers a closed page’s edits as a new scenario when another tab wrote since', async () => {
		await seedSmall();
		const faulty = new FaultyStore(await openIdbStore());
		const closing = await open({ openStore: async () => faulty, delay: 10_000, maxWait: 10_000 });
		const other = await open();
		faulty.hang = true;
		closing.bench.dispatch({ type: 'setValue', unit: 0, indicator: 0, value: 42 });
		closing.lib.pageHide();
		other.bench.dispatch({ type: 'setValue', unit: 1, indicator: 0, value: 7 });
		await other.lib.flush();
		const { bench, lib } = await open();
		expect(bench.rawColumns[0][1]).toBe(7);
		expect(lib.notices.map((n) => [n.kind, n.params?.name])).toEqual([['recovered', 'Base']]);
		const names = lib.current?.scenarios.map((s) => s.name);
		expect(names).toEqual(['Base', 'Base (khôi phục)']);
		const recovered = await lib.scenarioState(lib.current?.scenarios[1].id ?? '');
		expect(recovered?.values[0][0]).toBe(42);
		expect(recovered?.values[1][0]).toBe(20);
	});
});
