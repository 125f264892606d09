// The planner's document: named target sets (scenarios) per province, department assignments and
// settings, as plain JSON keyed by codes (never row indices) so it can be stored and reloaded.
// Every operation returns a new document.
import type { BoundsMode, Growth } from './field';

export type GoalSpec =
	| { kind: 'rank'; rank: number }
	| { kind: 'score'; score: number }
	| { kind: 'overtake'; unit: string };

export interface TargetSet {
	id: string;
	name: string;
	/** Code of the province. */
	unit: string;
	/** Indicator code → target value in the indicator's own unit. */
	targets: Record<string, number>;
	/** Indicator code → free text for the action plan. */
	notes: Record<string, string>;
	/** Indicator code → deadline as typed (e.g. "Quý IV/2025"). */
	deadlines: Record<string, string>;
	/** The goal the set was solved for, if any. */
	goal?: GoalSpec;
}

export interface PlannerSettings {
	mode: BoundsMode;
	growth: Growth;
	/** Score points to stay above the province to beat. */
	margin: number;
}

export interface PlannerDoc {
	version: 1;
	sets: TargetSet[];
	/** Province code → id of the set in use. */
	active: Record<string, string>;
	/** Indicator code → lead department(s), ";" between co-leads; overrides the framework. */
	departments: Record<string, string>;
	settings: PlannerSettings;
	/** Province code → indicator code → cap (best value a plan may set). */
	caps: Record<string, Record<string, number>>;
	/** Province code → indicator code → difficulty (effort multiplier, > 0). */
	difficulty: Record<string, Record<string, number>>;
}

export function emptyDoc(): PlannerDoc {
	return {
		version: 1,
		sets: [],
		active: {},
		departments: {},
		settings: { mode: 'rebased', growth: { ratePct: 0, years: 1 }, margin: 0.01 },
		caps: {},
		difficulty: {}
	};
}

export function setsOf(doc: PlannerDoc, unit: string): TargetSet[] {
	return doc.sets.filter((s) => s.unit === unit);
}

export function activeSet(doc: PlannerDoc, unit: string): TargetSet | null {
	const id = doc.active[unit];
	return doc.sets.find((s) => s.id === id && s.unit === unit) ?? null;
}

function nextId(doc: PlannerDoc): string {
	const max = doc.sets.reduce((m, s) => Math.max(m, Number(s.id.slice(1)) || 0), 0);
	return `s${max + 1}`;
}

/** A new set for `unit` (copying `from` when given), made the active one. */
export function addSet(
	doc: PlannerDoc,
	unit: string,
	name: string,
	from: Partial<Pick<TargetSet, 'targets' | 'notes' | 'deadlines' | 'goal'>> = {}
): PlannerDoc {
	const id = nextId(doc);
	const set: TargetSet = {
		id,
		name,
		unit,
		targets: { ...from.targets },
		notes: { ...from.notes },
		deadlines: { ...from.deadlines },
		...(from.goal ? { goal: from.goal } : {})
	};
	return { ...doc, sets: [...doc.sets, set], active: { ...doc.active, [unit]: id } };
}

export function updateSet(
	doc: PlannerDoc,
	id: string,
	change: (set: TargetSet) => TargetSet
): PlannerDoc {
	return { ...doc, sets: doc.sets.map((s) => (s.id === id ? change(s) : s)) };
}

export function removeSet(doc: PlannerDoc, id: string): PlannerDoc {
	const set = doc.sets.find((s) => s.id === id);
	if (!set) return doc;
	const sets = doc.sets.filter((s) => s.id !== id);
	const rest = sets.filter((s) => s.unit === set.unit);
	const active = { ...doc.active };
	if (active[set.unit] === id) {
		if (rest.length) active[set.unit] = rest[rest.length - 1].id;
		else delete active[set.unit];
	}
	return { ...doc, sets, active };
}

/** Set (or, with null, drop) one entry of a code → value record. */
export function withEntry<T>(
	record: Record<string, T>,
	code: string,
	value: T | null
): Record<string, T> {
	const out = { ...record };
	if (value === null) delete out[code];
	else out[code] = value;
	return out;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function numbers(x: unknown): Record<string, number> {
	if (!isRecord(x)) return {};
	return Object.fromEntries(Object.entries(x).filter(([, v]) => Number.isFinite(v))) as Record<
		string,
		number
	>;
}

function texts(x: unknown): Record<string, string> {
	if (!isRecord(x)) return {};
	return Object.fromEntries(Object.entries(x).filter(([, v]) => typeof v === 'string')) as Record<
		string,
		string
	>;
}

/** A stored document read back, keeping what is well-formed; null when it is not a planner doc. */
export function parsePlannerDoc(json: unknown): PlannerDoc | null {
	if (!isRecord(json) || json.version !== 1 || !Array.isArray(json.sets)) return null;
	const base = emptyDoc();
	const sets: TargetSet[] = json.sets.filter(isRecord).flatMap((s) =>
		typeof s.id === 'string' && typeof s.unit === 'string'
			? [
					{
						id: s.id,
						name: typeof s.name === 'string' ? s.name : s.id,
						unit: s.unit,
						targets: numbers(s.targets),
						notes: texts(s.notes),
						deadlines: texts(s.deadlines),
						...(isRecord(s.goal) ? { goal: s.goal as GoalSpec } : {})
					}
				]
			: []
	);
	const settings = isRecord(json.settings) ? json.settings : {};
	const growth = isRecord(settings.growth) ? numbers(settings.growth) : {};
	const nested = (x: unknown) =>
		isRecord(x) ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, numbers(v)])) : {};
	return {
		version: 1,
		sets,
		active: texts(json.active),
		departments: texts(json.departments),
		settings: {
			mode: settings.mode === 'frozen' ? 'frozen' : 'rebased',
			growth: { ratePct: growth.ratePct ?? 0, years: growth.years ?? 1 },
			margin: Number.isFinite(settings.margin) ? (settings.margin as number) : base.settings.margin
		},
		caps: nested(json.caps),
		difficulty: nested(json.difficulty)
	};
}
