// Test support for persistence: a small framework and workbook built by hand, a fresh IndexedDB, and
// stores that fail the way real storage fails (quota, a page that dies mid-save).
import { IDBFactory } from 'fake-indexeddb';
import type { Framework } from '../model/types';
import type { ScenarioRecord, WorkbookRecord } from './schema';
import { newWorkbook } from './state';
import type { Commit, CommitResult, RecordStore } from './store';

/** Index → A (a1, a2 with direction −1) and B (b1); weights 1, 1 / 2, 1 / 1. */
export function smallFramework(): Framework {
	const node = (
		code: string,
		parent: string | null,
		weight: number,
		level: number,
		direction: 1 | -1 = 1
	) => ({
		code,
		parent,
		nameVi: `Tên ${code}`,
		nameEn: `Name ${code}`,
		weight,
		direction,
		level
	});
	return {
		nodes: [
			node('IDX', null, 1, 3),
			node('A', 'IDX', 1, 2),
			node('a1', 'A', 2, 1),
			node('a2', 'A', 1, 1, -1),
			node('B', 'IDX', 1, 2),
			node('b1', 'B', 1, 1)
		]
	};
}

/** Four units × three indicators (a1, a2, b1), one value missing. */
export function smallWorkbook(): { workbook: WorkbookRecord; scenario: ScenarioRecord } {
	const values = Float64Array.from([10, 5, 1, 20, 4, 2, 30, NaN, 3, 40, 2, 4]);
	return newWorkbook({
		name: 'Small',
		framework: smallFramework(),
		dataset: {
			units: ['01', '02', '03', '04'].map((code) => ({
				code,
				name: `Đơn vị ${code}`,
				region: 'R'
			})),
			indicators: ['a1', 'a2', 'b1'],
			values
		},
		nameEn: (code) => (code === '01' ? 'Unit 01' : undefined),
		scenarioName: 'Base',
		now: 1_700_000_000_000,
		writer: 'test'
	});
}

/** A fresh, empty IndexedDB for the next test (fake-indexeddb). */
export function freshIndexedDb(): void {
	globalThis.indexedDB = new IDBFactory();
}

export function quotaError(): Error {
	const e = new Error('The quota has been exceeded.');
	e.name = 'QuotaExceededError';
	return e;
}

/** A store that behaves like `inner` but whose writes can be made to fail or to never finish. */
export class FaultyStore implements RecordStore {
	readonly kind = 'indexeddb';
	failWith: (() => Error) | null = null;
	hang = false;
	commits = 0;
	constructor(readonly inner: RecordStore) {}

	commit(c: Commit): Promise<CommitResult> {
		this.commits++;
		if (this.failWith) return Promise.reject(this.failWith());
		if (this.hang) return new Promise(() => undefined);
		return this.inner.commit(c);
	}
	listWorkbooks = () => this.inner.listWorkbooks();
	getWorkbook = (id: string) => this.inner.getWorkbook(id);
	getScenario = (w: string, id: string) => this.inner.getScenario(w, id);
	deleteWorkbook = (id: string) => this.inner.deleteWorkbook(id);
	setAside: RecordStore['setAside'] = (e) => this.inner.setAside(e);
	setAsideList = () => this.inner.setAsideList();
	getMeta = (k: string) => this.inner.getMeta(k);
	setMeta = (k: string, v: unknown) => this.inner.setMeta(k, v);
	writeJournal: RecordStore['writeJournal'] = (e) => this.inner.writeJournal(e);
	journal = () => this.inner.journal();
	deleteJournal = (tab: string) => this.inner.deleteJournal(tab);
	close = () => this.inner.close();
}
