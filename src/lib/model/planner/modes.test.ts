// Re-based and frozen bounds disagree when the province sets the maximum: raising it further moves
// the maximum (and lowers everyone else) only when bounds are re-based.
import { describe, expect, it } from 'vitest';
import { createEvaluator } from './evaluate';
import { makeField, type BoundsMode } from './field';
import { defaultInputs } from './path';
import { solve } from './solver';
import { smallModel } from './testing';

const m = smallModel([
	[10, 30],
	[28, 20],
	[30, 10]
]);
const field = (mode: BoundsMode) =>
	makeField(m.tree, m.params, m.columns, 2, { mode, growth: { ratePct: 0, years: 1 } });

describe('re-based against frozen bounds', () => {
	it('a target beyond the maximum: frozen clips it, re-based lowers the others', () => {
		const target = Float64Array.from([50, 10]);
		const frozen = createEvaluator(field('frozen'));
		const rebased = createEvaluator(field('rebased'));
		expect(frozen.evaluate().rank).toBe(2);
		const f = frozen.evaluate(target);
		expect(f.score).toBe(50);
		expect(Array.from(f.root)).toEqual([50, 70, 50]);
		expect(f.rank).toBe(2);
		const r = rebased.evaluate(target);
		expect(r.root[1]).toBeCloseTo(47.5, 12);
		expect(r.score).toBe(50);
		expect(r.rank).toBe(1);
	});

	it('the solver: rank 1 is out of reach with frozen bounds, reachable when re-based', () => {
		const plans = (['frozen', 'rebased'] as const).map((mode) => {
			const f = field(mode);
			const inputs = defaultInputs(f);
			inputs.caps.set([60, 10]);
			return solve(f, { kind: 'rank', rank: 1 }, { inputs, margin: 0.01 });
		});
		expect(plans[0].status).toBe('unreachable');
		expect(plans[1].status).toBe('reached');
		expect(plans[1].reached.rank).toBe(1);
		// Unit 0 stays at 50, so rank 1 is a tie with it: the margin cannot be kept and the solver
		// aims at the tie. Unit 1 (28 on A) falls below 50 once the maximum passes 10 + 1800/50 = 46;
		// the target is rounded up to 4 significant digits.
		expect(plans[1].targets[0]).toBe(46.01);
		expect(plans[1].optimal).toBe(false);
	});
});
