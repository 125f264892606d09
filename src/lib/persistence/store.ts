// Where records live: the RecordStore contract (IndexedDB in the browser) and an in-memory store
// with the same behaviour, used when IndexedDB is unavailable and in tests.
import type { ScenarioRecord, ScenarioState, WorkbookRecord } from './schema';
import type { StoredIssue } from './validate';

export interface Commit {
	/** The workbook as it is to be stored; its `rev` must be `expectedRev + 1` (0 when new). */
	workbook: WorkbookRecord;
	scenarios?: ScenarioRecord[];
	deleteScenarios?: string[];
	/** Stored revision this write builds on; null = a new workbook (none may exist with this id). */
	expectedRev: number | null;
}

export type CommitResult = { ok: true } | { ok: false; reason: 'conflict'; rev: number | null };

/** The state of an unsaved scenario, written synchronously when the page goes away. */
export interface JournalEntry {
	tab: string;
	workbookId: string;
	scenarioId: string;
	/** The revision the tab had last read or written. */
	baseRev: number;
	state: ScenarioState;
	at: number;
}

/** A record that failed validation, kept aside (never deleted) with what was wrong. */
export interface SetAside {
	kind: 'workbook' | 'scenario';
	workbookId: string;
	scenarioId?: string;
	raw: unknown;
	issues: StoredIssue[];
	at: number;
}

export interface RecordStore {
	readonly kind: 'indexeddb' | 'memory';
	/** Raw workbook records (validated by the caller). */
	listWorkbooks(): Promise<unknown[]>;
	getWorkbook(id: string): Promise<unknown>;
	getScenario(workbookId: string, id: string): Promise<unknown>;
	/** One atomic write, refused (nothing written) when the stored revision is not `expectedRev`. */
	commit(c: Commit): Promise<CommitResult>;
	deleteWorkbook(id: string): Promise<void>;
	/** Move a bad record aside: stored in the set-aside list, removed from where it was read. */
	setAside(entry: SetAside): Promise<void>;
	setAsideList(): Promise<SetAside[]>;
	getMeta(key: string): Promise<unknown>;
	setMeta(key: string, value: unknown): Promise<void>;
	/** Issue a journal write at once, without waiting (the page may be going away). */
	writeJournal(entry: JournalEntry): void;
	journal(): Promise<JournalEntry[]>;
	deleteJournal(tab: string): Promise<void>;
	close(): void;
}

export function isQuotaError(e: unknown): boolean {
	const name = (e as { name?: string } | null)?.name;
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

const clone = <T>(x: T): T => structuredClone(x);

export class MemoryStore implements RecordStore {
	readonly kind = 'memory';
	#workbooks = new Map<string, WorkbookRecord>();
	#scenarios = new Map<string, ScenarioRecord>();
	#aside: SetAside[] = [];
	#meta = new Map<string, unknown>();
	#journal = new Map<string, JournalEntry>();

	static key(workbookId: string, id: string): string {
		return `${workbookId}\u0000${id}`;
	}

	async listWorkbooks(): Promise<unknown[]> {
		return [...this.#workbooks.values()].map(clone);
	}
	async getWorkbook(id: string): Promise<unknown> {
		return clone(this.#workbooks.get(id));
	}
	async getScenario(workbookId: string, id: string): Promise<unknown> {
		return clone(this.#scenarios.get(MemoryStore.key(workbookId, id)));
	}
	/** Put a raw record as it is (tests: simulate what another build or a damaged disk left). */
	putRaw(kind: 'workbook' | 'scenario', record: Record<string, unknown>): void {
		if (kind === 'workbook') this.#workbooks.set(record.id as string, clone(record) as never);
		else
			this.#scenarios.set(
				MemoryStore.key(record.workbookId as string, record.id as string),
				clone(record) as never
			);
	}
	async commit(c: Commit): Promise<CommitResult> {
		const current = this.#workbooks.get(c.workbook.id);
		const rev = current ? current.rev : null;
		if (rev !== c.expectedRev) return { ok: false, reason: 'conflict', rev };
		this.#workbooks.set(c.workbook.id, clone(c.workbook));
		for (const s of c.scenarios ?? [])
			this.#scenarios.set(MemoryStore.key(s.workbookId, s.id), clone(s));
		for (const id of c.deleteScenarios ?? [])
			this.#scenarios.delete(MemoryStore.key(c.workbook.id, id));
		return { ok: true };
	}
	async deleteWorkbook(id: string): Promise<void> {
		this.#workbooks.delete(id);
		for (const [k, s] of this.#scenarios) if (s.workbookId === id) this.#scenarios.delete(k);
	}
	async setAside(entry: SetAside): Promise<void> {
		this.#aside.push(clone(entry));
		if (entry.kind === 'workbook') this.#workbooks.delete(entry.workbookId);
		else this.#scenarios.delete(MemoryStore.key(entry.workbookId, entry.scenarioId ?? ''));
	}
	async setAsideList(): Promise<SetAside[]> {
		return this.#aside.map(clone);
	}
	async getMeta(key: string): Promise<unknown> {
		return clone(this.#meta.get(key));
	}
	async setMeta(key: string, value: unknown): Promise<void> {
		this.#meta.set(key, clone(value));
	}
	writeJournal(entry: JournalEntry): void {
		this.#journal.set(entry.tab, clone(entry));
	}
	async journal(): Promise<JournalEntry[]> {
		return [...this.#journal.values()].map(clone);
	}
	async deleteJournal(tab: string): Promise<void> {
		this.#journal.delete(tab);
	}
	close(): void {}
}
