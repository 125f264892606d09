// The IndexedDB store on fake-indexeddb: atomic revision-checked commits (a second writer with the
// same base revision is refused and writes nothing), set-aside records, deletion, the journal.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openIdbStore } from './idb-store';
import { saveScenario } from './ops';
import { freshIndexedDb, smallWorkbook } from './testing';

beforeEach(() => freshIndexedDb());

async function seeded() {
	const store = await openIdbStore();
	const { workbook, scenario } = smallWorkbook();
	expect(await store.commit({ workbook, scenarios: [scenario], expectedRev: null })).toEqual({
		ok: true
	});
	return { store, workbook, scenario };
}

describe('IdbStore', () => {
	it('stores a workbook and its scenario as separate records', async () => {
		const { store, workbook, scenario } = await seeded();
		expect(await store.getWorkbook(workbook.id)).toEqual(workbook);
		expect(await store.getScenario(workbook.id, scenario.id)).toEqual(scenario);
		expect(await store.listWorkbooks()).toHaveLength(1);
	});

	it('refuses a second new workbook with the same id', async () => {
		const { store, workbook } = await seeded();
		expect(await store.commit({ workbook, expectedRev: null })).toEqual({
			ok: false,
			reason: 'conflict',
			rev: 0
		});
	});

	it('lets only the first of two writers with the same base revision through', async () => {
		const { workbook, scenario } = await seeded();
		const tabA = await openIdbStore();
		const tabB = await openIdbStore();
		const a = saveScenario(
			workbook,
			scenario.id,
			{ ...scenario, values: scenario.values.map(() => [1, 1, 1]) },
			'A',
			5
		);
		const b = saveScenario(
			workbook,
			scenario.id,
			{ ...scenario, values: scenario.values.map(() => [2, 2, 2]) },
			'B',
			6
		);
		const [ra, rb] = await Promise.all([tabA.commit(a), tabB.commit(b)]);
		expect(ra).toEqual({ ok: true });
		expect(rb).toEqual({ ok: false, reason: 'conflict', rev: 1 });
		const stored = (await tabB.getScenario(workbook.id, scenario.id)) as { values: number[][] };
		expect(stored.values[0]).toEqual([1, 1, 1]);
		expect(((await tabB.getWorkbook(workbook.id)) as { writer: string }).writer).toBe('A');
	});

	it('reports a deleted workbook as a conflict with no revision', async () => {
		const { store, workbook, scenario } = await seeded();
		await store.deleteWorkbook(workbook.id);
		expect(await store.getScenario(workbook.id, scenario.id)).toBeUndefined();
		expect(await store.commit(saveScenario(workbook, scenario.id, scenario, 'x', 1))).toEqual({
			ok: false,
			reason: 'conflict',
			rev: null
		});
	});

	it('sets a bad record aside: kept in the list, gone from where it was', async () => {
		const { store, workbook, scenario } = await seeded();
		const issues = [{ path: 'values[0][0]', code: 'notNumber' as const }];
		await store.setAside({
			kind: 'scenario',
			workbookId: workbook.id,
			scenarioId: scenario.id,
			raw: scenario,
			issues,
			at: 9
		});
		expect(await store.getScenario(workbook.id, scenario.id)).toBeUndefined();
		const aside = await store.setAsideList();
		expect(aside).toHaveLength(1);
		expect(aside[0].raw).toEqual(scenario);
		expect(aside[0].issues).toEqual(issues);
	});

	it('writes the journal without being awaited, and reads it back', async () => {
		const { store, workbook, scenario } = await seeded();
		store.writeJournal({
			tab: 't1',
			workbookId: workbook.id,
			scenarioId: scenario.id,
			baseRev: 0,
			state: scenario,
			at: 3
		});
		const other = await openIdbStore();
		expect((await other.journal()).map((j) => j.tab)).toEqual(['t1']);
		await other.deleteJournal('t1');
		expect(await store.journal()).toEqual([]);
	});

	it('keeps small settings', async () => {
		const store = await openIdbStore();
		await store.setMeta('lastWorkbook', 'abc');
		expect(await (await openIdbStore()).getMeta('lastWorkbook')).toBe('abc');
	});
});
