// The planner's live state for the workbench: its document (target sets, departments, settings),
// the field and evaluator of the selected province, the scores with the active targets, and the
// last solver run. One per Workbench (kept across view switches); every edit replaces the document.
import type { Locale } from '../../i18n/numbers';
import type { Workbench } from '../../state/workbench.svelte';
import { leadDepartments } from './departments';
import { createEvaluator, type Evaluator } from './evaluate';
import { makeField, type Field } from './field';
import { defaultInputs, type SolverInputs } from './path';
import {
	activeSet,
	addSet,
	emptyDoc,
	removeSet,
	updateSet,
	withEntry,
	type GoalSpec,
	type PlannerDoc,
	type PlannerSettings,
	type TargetSet
} from './scenarios';
import type { Goal } from './goal';
import { gainsAlone, solve, type Plan } from './solver';
import { verifyTargets, type Verification } from './verify';
import { createWorkbookOracle } from './workbook-oracle';

export type PlannerSection = 'targets' | 'leverage' | 'solve' | 'plan' | 'peers' | 'merge';

export interface SolveRun {
	field: Field;
	plan: Plan;
	gains: Float64Array;
	/** The plan recomputed in a scratch model workbook; null until checked (or on failure). */
	check: Verification | null;
}

export class PlannerState {
	#doc = $state.raw<PlannerDoc>(emptyDoc());

	/** The planner's document; every change is an edit of the open scenario (saved with it). */
	get doc(): PlannerDoc {
		return this.#doc;
	}

	set doc(doc: PlannerDoc) {
		this.#doc = doc;
		this.#bench.onChange?.('edit');
	}

	/** Show a stored document (opening a scenario): not an edit. */
	restore(doc: PlannerDoc): void {
		this.#doc = doc;
		this.run = null;
	}
	section = $state<PlannerSection>('targets');
	run = $state.raw<SolveRun | null>(null);
	checking = $state(false);
	#bench: Workbench;

	constructor(bench: Workbench) {
		this.#bench = bench;
	}

	get bench(): Workbench {
		return this.#bench;
	}

	codes: string[] = $derived.by(() => {
		const tree = this.#bench.workbook?.tree;
		return tree ? tree.indicators.map((i) => tree.nodes[i].code) : [];
	});

	unitCode: string = $derived.by(
		() => this.#bench.workbook?.dataset.units[this.#bench.selectedUnit]?.code ?? ''
	);

	field: Field | null = $derived.by(() => {
		const wb = this.#bench.workbook;
		const params = this.#bench.params;
		if (!wb || !params || this.#bench.rawColumns.length === 0) return null;
		return makeField(wb.tree, params, this.#bench.rawColumns, this.#bench.selectedUnit, {
			mode: this.doc.settings.mode,
			growth: this.doc.settings.growth
		});
	});

	evaluator: Evaluator | null = $derived(this.field ? createEvaluator(this.field) : null);

	/** The province now, in the field (others grown, chosen bounds). */
	now = $derived(this.evaluator ? this.evaluator.evaluate() : null);

	set: TargetSet | null = $derived(activeSet(this.doc, this.unitCode));

	/** The province's values with the active set's targets applied. */
	targetValues: Float64Array = $derived.by(() => {
		const values = Float64Array.from(this.field?.current ?? []);
		const targets = this.set?.targets ?? {};
		this.codes.forEach((code, p) => {
			if (Number.isFinite(targets[code])) values[p] = targets[code];
		});
		return values;
	});

	withTargets = $derived(this.evaluator ? this.evaluator.evaluate(this.targetValues) : null);

	/** PII points each target adds alone (0 where none). */
	targetGains: Float64Array = $derived(
		this.evaluator ? gainsAlone(this.evaluator, this.targetValues) : new Float64Array()
	);

	inputs: SolverInputs | null = $derived.by(() => {
		if (!this.field) return null;
		const inputs = defaultInputs(this.field);
		const caps = this.doc.caps[this.unitCode] ?? {};
		const difficulty = this.doc.difficulty[this.unitCode] ?? {};
		this.codes.forEach((code, p) => {
			if (Number.isFinite(caps[code])) inputs.caps[p] = caps[code];
			if (difficulty[code] > 0) inputs.difficulty[p] = difficulty[code];
		});
		return inputs;
	});

	/**
	 * Lead department text per indicator position as shown in `locale`: the workbook's own (what
	 * the user typed) exactly as typed, else the framework's default (Vietnamese) in the language.
	 * The document keeps only what the user typed; the default is never written into it.
	 */
	departmentsIn(locale: Locale): string[] {
		const tree = this.#bench.workbook?.tree;
		if (!tree) return [];
		return leadDepartments(
			this.codes,
			tree.indicators.map((i) => tree.nodes[i].leadDepartment),
			this.doc.departments,
			locale
		);
	}

	/** The last solver run, while it still belongs to the field on screen. */
	currentRun: SolveRun | null = $derived(
		this.run && this.run.field === this.field ? this.run : null
	);

	setSettings(change: Partial<PlannerSettings>): void {
		this.doc = { ...this.doc, settings: { ...this.doc.settings, ...change } };
	}

	newSet(name: string, from?: Parameters<typeof addSet>[3]): void {
		this.doc = addSet(this.doc, this.unitCode, name, from);
	}

	selectSet(id: string): void {
		this.doc = { ...this.doc, active: { ...this.doc.active, [this.unitCode]: id } };
	}

	renameSet(name: string): void {
		if (this.set) this.doc = updateSet(this.doc, this.set.id, (s) => ({ ...s, name }));
	}

	deleteSet(): void {
		if (this.set) this.doc = removeSet(this.doc, this.set.id);
	}

	/** Edit the active set (created, with `name`, when the province has none). */
	editSet(change: (set: TargetSet) => TargetSet, name: string): void {
		if (!this.set) this.newSet(name);
		const id = this.set?.id;
		if (id) this.doc = updateSet(this.doc, id, change);
	}

	setTarget(code: string, value: number | null, name: string): void {
		this.editSet((s) => ({ ...s, targets: withEntry(s.targets, code, value) }), name);
	}

	setNote(code: string, text: string, name: string): void {
		this.editSet((s) => ({ ...s, notes: withEntry(s.notes, code, text || null) }), name);
	}

	setDeadline(code: string, text: string, name: string): void {
		this.editSet((s) => ({ ...s, deadlines: withEntry(s.deadlines, code, text || null) }), name);
	}

	setDepartment(code: string, text: string | null): void {
		this.doc = { ...this.doc, departments: withEntry(this.doc.departments, code, text) };
	}

	/** Solve for a goal now (kernel), then check the plan in a scratch workbook. */
	solveFor(goal: Goal): void {
		const { field, evaluator: ev, inputs } = this;
		if (!field || !ev || !inputs) return;
		const plan = solve(field, goal, { inputs, evaluator: ev, margin: this.doc.settings.margin });
		this.run = { field, plan, gains: gainsAlone(ev, plan.targets), check: null };
		this.checking = true;
		// Let "checking…" paint: building the workbook takes a moment.
		setTimeout(() => this.#check(), 20);
	}

	#check(): void {
		const { run, evaluator: ev } = this;
		const wb = this.#bench.workbook;
		if (!run || !ev || !wb || ev.field !== run.field) {
			this.checking = false;
			return;
		}
		const columns = ev.columnsWith(run.plan.targets).map((c) => Float64Array.from(c));
		const oracle = createWorkbookOracle(wb.tree, run.field.params, wb.dataset.units, columns);
		try {
			const check = verifyTargets(ev, run.plan.goal, run.plan.targets, oracle.rootScores);
			if (this.run === run) this.run = { ...run, check };
		} finally {
			oracle.destroy();
			this.checking = false;
		}
	}

	/** Keep the last plan as a new target set of the province (changed indicators only). */
	saveRun(name: string): void {
		const run = this.currentRun;
		if (!run) return;
		const targets: Record<string, number> = {};
		run.plan.targets.forEach((x, p) => {
			if (x !== run.field.current[p]) targets[this.codes[p]] = x;
		});
		const units = this.#bench.workbook?.dataset.units ?? [];
		const goal = goalSpec(run.plan.goal, (u) => units[u]?.code ?? '');
		this.newSet(name, { targets, goal });
	}

	setInput(kind: 'caps' | 'difficulty', code: string, value: number | null): void {
		const all = this.doc[kind];
		const mine = withEntry(all[this.unitCode] ?? {}, code, value);
		this.doc = { ...this.doc, [kind]: { ...all, [this.unitCode]: mine } };
	}
}

/** A goal as stored (province by code). */
function goalSpec(goal: Goal, codeOf: (unit: number) => string): GoalSpec {
	return goal.kind === 'overtake' ? { kind: 'overtake', unit: codeOf(goal.unit) } : goal;
}

const states = new WeakMap<Workbench, PlannerState>();

/** The planner state of a workbench (created on first use). */
export function plannerFor(bench: Workbench): PlannerState {
	let state = states.get(bench);
	if (!state) {
		state = new PlannerState(bench);
		states.set(bench, state);
	}
	return state;
}
