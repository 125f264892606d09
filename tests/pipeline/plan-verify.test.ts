// Property: for random provinces, goals, caps and assumed growth, in both bounds modes, the
// solver's plan is checked in a real ModelWorkbook — reachable goals are reached as the workbook
// recomputes them; for unreachable ones, the workbook confirms every indicator at its cap falls short.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/lib/model/random';
import { createEvaluator } from '../../src/lib/model/planner/evaluate';
import { makeField, type BoundsMode } from '../../src/lib/model/planner/field';
import type { Goal } from '../../src/lib/model/planner/goal';
import { capValues, defaultInputs } from '../../src/lib/model/planner/path';
import { solve } from '../../src/lib/model/planner/solver';
import { piiModel } from '../../src/lib/model/planner/testing';
import { verifyTargets } from '../../src/lib/model/planner/verify';
import { createWorkbookOracle } from '../../src/lib/model/planner/workbook-oracle';

const pii = piiModel();
const n = pii.dataset.units.length;

describe('plans verified in the workbook', () => {
	for (const mode of ['rebased', 'frozen'] as BoundsMode[])
		it(`${mode} bounds`, () => {
			const rnd = seededRandom(mode === 'rebased' ? 21 : 22);
			const first = makeField(pii.tree, pii.params, pii.columns, 0, {
				mode,
				growth: { ratePct: 0, years: 1 }
			});
			const start = createEvaluator(first).columnsWith(first.current);
			const oracle = createWorkbookOracle(
				pii.tree,
				pii.params,
				pii.dataset.units,
				start.map((c) => Float64Array.from(c))
			);
			const statuses: string[] = [];
			try {
				for (let trial = 0; trial < 8; trial++) {
					const unit = Math.floor(rnd() * n);
					const growth = { ratePct: trial % 3 === 0 ? 4 : 0, years: 1 };
					const field = makeField(pii.tree, pii.params, pii.columns, unit, { mode, growth });
					const ev = createEvaluator(field);
					const inputs = defaultInputs(field);
					if (trial % 4 === 3)
						field.current.forEach((x, p) => (inputs.caps[p] = x + (field.best[p] - x) * 0.1));
					const rank = ev.evaluate().rank;
					const goal: Goal =
						trial % 5 === 4
							? { kind: 'overtake', unit: (unit + 1) % n }
							: { kind: 'rank', rank: 1 + Math.floor(rnd() * Math.max(1, rank - 1)) };
					const plan = solve(field, goal, { inputs, evaluator: ev });
					statuses.push(plan.status);
					const check = verifyTargets(ev, goal, plan.targets, oracle.rootScores);
					expect(check.maxDiff).toBeLessThan(1e-9);
					if (plan.status === 'unreachable') {
						expect(check.met).toBe(false);
						expect(plan.targets).toEqual(capValues(field, inputs));
					} else {
						expect(check.met).toBe(true);
						expect(check.rank).toBe(plan.reached.rank);
					}
				}
			} finally {
				oracle.destroy();
			}
			expect(statuses).toContain('reached');
			expect(statuses).toContain('unreachable');
		});
});
