// The ordered-migration runner, with test-only steps (the product has no older schema yet), and a
// stored record of every older product version loading through the real load path.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type Migration } from './migrate';
import { loadWorkbookRecord } from './loader';
import { SCHEMA_VERSION } from './schema';
import { MemoryStore } from './store';
import { smallWorkbook } from './testing';

// Test-only history: version 1 had `title`, version 2 renamed it `name`; version 3 added `tags`.
const TEST_STEPS: Migration[] = [
	{ from: 2, workbook: (r) => ({ ...r, tags: [] }) },
	{
		from: 1,
		workbook: ({ title, ...rest }) => ({ ...rest, name: title }),
		scenario: (r) => ({ ...r, touched: true })
	}
];

describe('migrate', () => {
	it('leaves a record of the current version as it is (a copy)', () => {
		const raw = { schemaVersion: SCHEMA_VERSION, id: 'x' };
		const m = migrate(raw, 'workbook');
		expect(m).toEqual({ ok: true, record: raw, from: SCHEMA_VERSION });
		if (m.ok) expect(m.record).not.toBe(raw);
	});

	it('runs the steps in version order, whatever order they are registered in', () => {
		const raw = { schemaVersion: 1, id: 'x', title: 'Old' };
		const m = migrate(raw, 'workbook', { migrations: TEST_STEPS, target: 3 });
		expect(m).toEqual({
			ok: true,
			from: 1,
			record: { schemaVersion: 3, id: 'x', name: 'Old', tags: [] }
		});
		expect(raw).toEqual({ schemaVersion: 1, id: 'x', title: 'Old' });
	});

	it('starts from the record’s own version and uses the step of its kind only', () => {
		const m = migrate({ schemaVersion: 2, id: 's' }, 'scenario', {
			migrations: TEST_STEPS,
			target: 3
		});
		expect(m).toEqual({ ok: true, from: 2, record: { schemaVersion: 3, id: 's' } });
		const s1 = migrate({ schemaVersion: 1, id: 's' }, 'scenario', {
			migrations: TEST_STEPS,
			target: 3
		});
		expect(s1.ok && s1.record).toEqual({ schemaVersion: 3, id: 's', touched: true });
	});

	it('refuses a record from a newer version, without a version, or not an object', () => {
		expect(migrate({ schemaVersion: SCHEMA_VERSION + 1 }, 'workbook')).toEqual({
			ok: false,
			problem: 'newer',
			version: SCHEMA_VERSION + 1
		});
		expect(migrate({ id: 'x' }, 'workbook')).toEqual({ ok: false, problem: 'noVersion' });
		expect(migrate({ schemaVersion: 0.5 }, 'workbook')).toEqual({
			ok: false,
			problem: 'noVersion'
		});
		expect(migrate([1], 'workbook')).toEqual({ ok: false, problem: 'notObject' });
		expect(migrate(null, 'scenario')).toEqual({ ok: false, problem: 'notObject' });
	});

	it('reports a missing step instead of skipping a version', () => {
		const m = migrate({ schemaVersion: 1 }, 'workbook', { migrations: [TEST_STEPS[0]], target: 3 });
		expect(m).toEqual({ ok: false, problem: 'gap', version: 1 });
	});

	it('has a product step for every older version (none before version 1)', () => {
		for (let v = 1; v < SCHEMA_VERSION; v++)
			expect(MIGRATIONS.some((m) => m.from === v)).toBe(true);
		expect(MIGRATIONS.every((m) => m.from >= 1 && m.from < SCHEMA_VERSION)).toBe(true);
	});
});

describe('loading stored records of older versions', () => {
	const ctx = (store: MemoryStore, migrations?: Migration[], target?: number) => ({
		store,
		migrations: migrations ? { migrations, target } : undefined,
		onSetAside: () => undefined,
		now: () => 0
	});

	it('loads a record of every older product version', async () => {
		const { workbook } = smallWorkbook();
		for (let v = 1; v <= SCHEMA_VERSION; v++) {
			const loaded = await loadWorkbookRecord(ctx(new MemoryStore()), {
				...workbook,
				schemaVersion: v
			});
			expect(loaded?.id).toBe(workbook.id);
		}
	});

	it('migrates then validates a stored record with a test-only step 1 → 2', async () => {
		const { workbook } = smallWorkbook();
		const { name, ...v1 } = { ...workbook, schemaVersion: 1 };
		const old = { ...v1, title: name };
		const step: Migration = { from: 1, workbook: ({ title, ...r }) => ({ ...r, name: title }) };
		const loaded = await loadWorkbookRecord(ctx(new MemoryStore(), [step], 2), old);
		expect(loaded?.name).toBe('Small');
		expect(loaded?.schemaVersion).toBe(2);
		// Without the step the same record is set aside, not loaded.
		const store = new MemoryStore();
		expect(await loadWorkbookRecord(ctx(store), old)).toBeNull();
		expect((await store.setAsideList())[0].issues[0].path).toBe('name');
	});
});
