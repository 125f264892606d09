// The solver's promises, checked by recomputation on the kernel: reachable goals are reached,
// unreachable ones are said to be so (every indicator at its cap still falls short), and with
// frozen bounds no feasible set of targets reaches the goal with less effort.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { createEvaluator } from './evaluate';
import { makeField, type BoundsMode } from './field';
import { goalMet, type Goal } from './goal';
import { capValues, defaultInputs, planEffort, movable, type SolverInputs } from './path';
import { gainsAlone, roundOutward, solve } from './solver';
import { piiModel, smallModel } from './testing';

const pii = piiModel();
const MODES: BoundsMode[] = ['frozen', 'rebased'];

function randomGoal(rnd: () => number, n: number, unit: number, rank: number): Goal {
	const r = rnd();
	if (r < 0.5) return { kind: 'rank', rank: 1 + Math.floor(rnd() * Math.max(1, rank - 1)) };
	if (r < 0.75) return { kind: 'score', score: 20 + rnd() * 60 };
	let other = Math.floor(rnd() * n);
	if (other === unit) other = (other + 1) % n;
	return { kind: 'overtake', unit: other };
}

/** Random difficulties and caps; one time in three every cap is tight (5 % of the room). */
function randomInputs(
	rnd: () => number,
	inputs: SolverInputs,
	current: Float64Array,
	best: Float64Array
) {
	const tight = rnd() < 0.35;
	for (let p = 0; p < current.length; p++) {
		inputs.difficulty[p] = rnd() < 0.3 ? 0.5 + rnd() * 3 : 1;
		if (tight || rnd() < 0.2)
			inputs.caps[p] = current[p] + (best[p] - current[p]) * (tight ? 0.05 : rnd());
	}
	return inputs;
}

describe('solve: property over random provinces and goals (illustrative 2023, 63 provinces)', () => {
	for (const mode of MODES)
		it(`${mode}: every plan is checked by recomputation`, () => {
			const rnd = seededRandom(mode === 'frozen' ? 11 : 12);
			const seen = new Set<string>();
			for (let trial = 0; trial < 40; trial++) {
				const unit = Math.floor(rnd() * pii.dataset.units.length);
				const growth = { ratePct: rnd() < 0.3 ? rnd() * 8 : 0, years: 1 };
				const field = makeField(pii.tree, pii.params, pii.columns, unit, { mode, growth });
				const ev = createEvaluator(field);
				const inputs = randomInputs(rnd, defaultInputs(field), field.current, field.best);
				const goal = randomGoal(rnd, field.nUnits, unit, ev.evaluate().rank);
				const plan = solve(field, goal, { inputs, evaluator: ev });
				seen.add(plan.status);
				const at = ev.evaluate(plan.targets);
				if (plan.status === 'reached' || plan.status === 'already') {
					expect(goalMet(goal, at.root, unit)).toBe(true);
					expect(plan.reached.rank).toBe(at.rank);
				} else {
					expect(plan.status).toBe('unreachable');
					expect(goalMet(goal, ev.evaluate(capValues(field, inputs)).root, unit)).toBe(false);
				}
				for (let p = 0; p < field.current.length; p++) {
					const t = plan.targets[p];
					if (!movable(field, inputs, p)) expect(Object.is(t, field.current[p])).toBe(true);
					else {
						const cap = Number.isFinite(inputs.caps[p]) ? inputs.caps[p] : field.best[p];
						const d = field.dirs[p];
						expect(d * (t - field.current[p])).toBeGreaterThanOrEqual(0);
						expect(d * (cap - t)).toBeGreaterThanOrEqual(-1e-9);
					}
				}
				if (mode === 'frozen' && plan.status === 'reached') expect(plan.optimal).toBe(true);
			}
			expect([...seen].sort()).toEqual(['already', 'reached', 'unreachable']);
		});
});

describe('solve: frozen bounds are exact (fractional knapsack)', () => {
	it('no random feasible set of targets reaches the goal with less effort', () => {
		const rnd = seededRandom(5);
		const rows = Array.from({ length: 8 }, () => Array.from({ length: 4 }, () => rnd() * 100));
		const m = smallModel(rows);
		for (let trial = 0; trial < 6; trial++) {
			const unit = trial;
			const field = makeField(m.tree, m.params, m.columns, unit, {
				mode: 'frozen',
				growth: { ratePct: 0, years: 1 }
			});
			const inputs = defaultInputs(field);
			inputs.difficulty.set([1, 2, 0.5, 3]);
			const ev = createEvaluator(field);
			const start = ev.evaluate().score;
			const goal: Goal = { kind: 'score', score: Math.min(start + 15, 95) };
			const plan = solve(field, goal, { inputs, evaluator: ev, digits: 0 });
			if (plan.status !== 'reached') continue;
			for (let k = 0; k < 3000; k++) {
				const values = Float64Array.from(field.current, (x, p) => x + (field.best[p] - x) * rnd());
				if (ev.evaluate(values).score >= goal.score)
					expect(planEffort(field, inputs, values)).toBeGreaterThanOrEqual(plan.effort - 1e-6);
			}
		}
	});

	it('fills the indicator with the best weight-to-difficulty ratio first', () => {
		const m = smallModel([
			[0, 0],
			[100, 100],
			[50, 50]
		]);
		const field = makeField(m.tree, m.params, m.columns, 2, {
			mode: 'frozen',
			growth: { ratePct: 0, years: 1 }
		});
		const inputs = defaultInputs(field);
		inputs.difficulty.set([2, 1]);
		const plan = solve(field, { kind: 'score', score: 60 }, { inputs, digits: 0 });
		expect(plan.targets[0]).toBe(50);
		expect(plan.targets[1]).toBeCloseTo(70, 6);
		expect(plan.effort).toBeCloseTo(20, 6);
		expect(plan.reached.score).toBeCloseTo(60, 6);
	});
});

describe('plan details', () => {
	it('says when the goal is already met, and when it is out of reach', () => {
		const m = smallModel([
			[10, 10],
			[20, 20],
			[30, 30]
		]);
		const settings = { mode: 'rebased' as const, growth: { ratePct: 0, years: 1 } };
		const top = makeField(m.tree, m.params, m.columns, 2, settings);
		expect(solve(top, { kind: 'rank', rank: 1 }).status).toBe('already');
		const low = makeField(m.tree, m.params, m.columns, 0, settings);
		const inputs = defaultInputs(low);
		inputs.caps.set([12, 12]);
		const plan = solve(low, { kind: 'rank', rank: 1 }, { inputs });
		expect(plan.status).toBe('unreachable');
		expect(Array.from(plan.targets)).toEqual([12, 12]);
		expect(plan.atCaps.rank).toBe(3);
	});

	it('rounds targets to 4 significant digits in the good direction, never past the cap', () => {
		expect(roundOutward(0.28750989, 0.2, 1, 4)).toBe(0.2876);
		expect(roundOutward(5466618.2, 5e6, 1, 4)).toBe(5467000);
		expect(roundOutward(12.34567, 20, -1, 4)).toBe(12.34);
		expect(roundOutward(0.2876, 0.2, 1, 4)).toBe(0.2876);
		const field = makeField(pii.tree, pii.params, pii.columns, 39, {
			mode: 'rebased',
			growth: { ratePct: 0, years: 1 }
		});
		const plan = solve(field, { kind: 'rank', rank: 10 });
		expect(plan.status).toBe('reached');
		plan.targets.forEach((t, p) => {
			if (t !== field.current[p] && t !== field.best[p]) expect(Number(t.toPrecision(4))).toBe(t);
		});
		expect(plan.reached.rank).toBeLessThanOrEqual(10);
	});

	it('gains alone are zero for unchanged indicators and add up with frozen bounds', () => {
		const field = makeField(pii.tree, pii.params, pii.columns, 39, {
			mode: 'frozen',
			growth: { ratePct: 0, years: 1 }
		});
		const ev = createEvaluator(field);
		const plan = solve(field, { kind: 'rank', rank: 5 }, { evaluator: ev });
		const gains = gainsAlone(ev, plan.targets);
		const total = gains.reduce((a, b) => a + b, 0);
		expect(total).toBeCloseTo(plan.reached.score - plan.current.score, 9);
		gains.forEach((g, p) => {
			if (plan.targets[p] === field.current[p]) expect(g).toBe(0);
		});
	});
});
