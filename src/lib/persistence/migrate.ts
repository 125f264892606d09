// Ordered schema migrations: a record written by an older build is upgraded one version at a time
// (from → from + 1) until it reaches the current schema, before it is validated.
import { SCHEMA_VERSION } from './schema';

export type RecordKind = 'workbook' | 'scenario';

type Step = (record: Record<string, unknown>) => Record<string, unknown>;

export interface Migration {
	/** The version this step upgrades from; it produces version `from + 1`. */
	from: number;
	/** How each kind of record changes; a kind without a step is carried over unchanged. */
	workbook?: Step;
	scenario?: Step;
}

/** The product's migrations, in any order. None yet: version 1 is the first schema. */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationProblem = 'notObject' | 'noVersion' | 'newer' | 'gap';

export type Migrated =
	| { ok: true; record: Record<string, unknown>; from: number }
	| { ok: false; problem: MigrationProblem; version?: number };

export interface MigrationOptions {
	migrations?: readonly Migration[];
	/** The version to reach (the current schema unless a test says otherwise). */
	target?: number;
}

export function isObject(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Bring a stored record up to the target schema version; the input is never modified. */
export function migrate(raw: unknown, kind: RecordKind, options: MigrationOptions = {}): Migrated {
	const migrations = options.migrations ?? MIGRATIONS;
	const target = options.target ?? SCHEMA_VERSION;
	if (!isObject(raw)) return { ok: false, problem: 'notObject' };
	const from = raw.schemaVersion;
	if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
		return { ok: false, problem: 'noVersion' };
	if (from > target) return { ok: false, problem: 'newer', version: from };
	let record: Record<string, unknown> = structuredClone(raw);
	for (let v = from; v < target; v++) {
		const step = migrations.find((m) => m.from === v);
		if (!step) return { ok: false, problem: 'gap', version: v };
		const change = step[kind];
		record = { ...(change ? change(record) : record), schemaVersion: v + 1 };
	}
	return { ok: true, record, from };
}
