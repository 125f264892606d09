// The RecordStore in IndexedDB (through idb): workbooks, scenarios (one record each), records set
// aside, the journal of unsaved edits and small settings. The revision check of a write happens
// inside the write's own transaction, so two tabs can never overwrite each other silently.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ScenarioRecord, WorkbookRecord } from './schema';
import type { Commit, CommitResult, JournalEntry, RecordStore, SetAside } from './store';

export const DB_NAME = 'pii-workbench';
/** Version of the database layout (object stores), not of the records in it. */
const DB_VERSION = 1;

interface Schema extends DBSchema {
	workbooks: { key: string; value: WorkbookRecord };
	scenarios: {
		key: [string, string];
		value: ScenarioRecord;
		indexes: { byWorkbook: string };
	};
	aside: { key: number; value: SetAside };
	journal: { key: string; value: JournalEntry };
	meta: { key: string; value: unknown };
}

/** Open the database; rejects when IndexedDB is missing, refused (private mode) or too slow. */
export async function openIdbStore(timeoutMs = 4000): Promise<IdbStore> {
	if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), timeoutMs);
	});
	const open = openDB<Schema>(DB_NAME, DB_VERSION, {
		upgrade(db) {
			db.createObjectStore('workbooks', { keyPath: 'id' });
			const scenarios = db.createObjectStore('scenarios', { keyPath: ['workbookId', 'id'] });
			scenarios.createIndex('byWorkbook', 'workbookId');
			db.createObjectStore('aside', { autoIncrement: true });
			db.createObjectStore('journal', { keyPath: 'tab' });
			db.createObjectStore('meta');
		},
		blocking(_current, _next, event) {
			// A newer build wants to change the layout: let it (this tab keeps working in memory).
			(event.target as IDBDatabase).close();
		}
	});
	try {
		return new IdbStore(await Promise.race([open, timeout]));
	} finally {
		clearTimeout(timer);
	}
}

export class IdbStore implements RecordStore {
	readonly kind = 'indexeddb';
	constructor(private readonly db: IDBPDatabase<Schema>) {}

	listWorkbooks(): Promise<unknown[]> {
		return this.db.getAll('workbooks');
	}
	getWorkbook(id: string): Promise<unknown> {
		return this.db.get('workbooks', id);
	}
	getScenario(workbookId: string, id: string): Promise<unknown> {
		return this.db.get('scenarios', [workbookId, id]);
	}

	async commit(c: Commit): Promise<CommitResult> {
		const tx = this.db.transaction(['workbooks', 'scenarios'], 'readwrite');
		const done = tx.done;
		done.catch(() => undefined);
		const workbooks = tx.objectStore('workbooks');
		const current = await workbooks.get(c.workbook.id);
		const rev = current ? current.rev : null;
		if (rev !== c.expectedRev) {
			tx.abort();
			return { ok: false, reason: 'conflict', rev };
		}
		const scenarios = tx.objectStore('scenarios');
		const writes: Promise<unknown>[] = [workbooks.put(c.workbook)];
		for (const s of c.scenarios ?? []) writes.push(scenarios.put(s));
		for (const id of c.deleteScenarios ?? []) writes.push(scenarios.delete([c.workbook.id, id]));
		await Promise.all(writes);
		await done;
		return { ok: true };
	}

	async deleteWorkbook(id: string): Promise<void> {
		const tx = this.db.transaction(['workbooks', 'scenarios'], 'readwrite');
		const keys = await tx.objectStore('scenarios').index('byWorkbook').getAllKeys(id);
		await Promise.all([
			tx.objectStore('workbooks').delete(id),
			...keys.map((k) => tx.objectStore('scenarios').delete(k))
		]);
		await tx.done;
	}

	async setAside(entry: SetAside): Promise<void> {
		const tx = this.db.transaction(['aside', 'workbooks', 'scenarios'], 'readwrite');
		await tx.objectStore('aside').add(entry);
		if (entry.kind === 'workbook') await tx.objectStore('workbooks').delete(entry.workbookId);
		else await tx.objectStore('scenarios').delete([entry.workbookId, entry.scenarioId ?? '']);
		await tx.done;
	}
	setAsideList(): Promise<SetAside[]> {
		return this.db.getAll('aside');
	}

	getMeta(key: string): Promise<unknown> {
		return this.db.get('meta', key);
	}
	async setMeta(key: string, value: unknown): Promise<void> {
		await this.db.put('meta', value, key);
	}

	writeJournal(entry: JournalEntry): void {
		const tx = this.db.transaction('journal', 'readwrite');
		tx.done.catch(() => undefined);
		tx.store.put(entry).catch(() => undefined);
		// Ask for the commit now: the page may not live to see the transaction finish by itself.
		tx.commit();
	}
	journal(): Promise<JournalEntry[]> {
		return this.db.getAll('journal');
	}
	async deleteJournal(tab: string): Promise<void> {
		await this.db.delete('journal', tab);
	}

	close(): void {
		this.db.close();
	}
}
