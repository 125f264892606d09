// What-if removal on a hand-worked toy: R = mean(A, B), A = mean(a1, a2), B = b1, three units.
// Also two configurations compared. Nominal: A = [50, 25, 75], B = [0, 100, 50], R = [25, 62.5, 62.5] → ranks [3, 1, 1] (a tie).
import { describe, expect, it } from 'vitest';
import { frameworkParams } from '../kernel';
import { defaultMethod } from '../method';
import { compareConfigurations, equalWeights } from './compare';
import { TOY_DATA, TOY_ROWS, toyColumns, toyTree } from './toy';
import { nodesAtLevel, rankChanges, whatIf } from './whatif';

const tree = toyTree(TOY_ROWS);
const columns = toyColumns(tree, TOY_DATA);
const params = frameworkParams(tree);
const code = (node: number) => tree.nodes[node].code;

describe('whatIf', () => {
	it('leaves out each indicator with its siblings renormalised', () => {
		const { nominal, rows } = whatIf(tree, columns, params, nodesAtLevel(tree, 1));
		expect([...nominal]).toEqual([3, 1, 1]);
		const byCode = Object.fromEntries(rows.map((r) => [code(r.node), r]));
		// without a1: A = a2 = [100, 0, 50], R = [50, 50, 50] → all tied first
		expect([...byCode.a1.change]).toEqual([2, 0, 0]);
		expect(byCode.a1.meanAbs).toBeCloseTo(2 / 3, 12);
		expect(byCode.a1.maxAbs).toBe(2);
		// without a2: R = [0, 75, 75] → ranks unchanged
		expect(byCode.a2.meanAbs).toBe(0);
		// without b1 (B's only child): B is missing, R = A = [50, 25, 75] → ranks [2, 3, 1]
		expect([...byCode.b1.change]).toEqual([1, -2, 0]);
		expect(byCode.b1.meanAbs).toBe(1);
	});

	it('leaves out pillars', () => {
		const { rows } = whatIf(tree, columns, params, nodesAtLevel(tree, 2));
		expect(rows.map((r) => code(r.node))).toEqual(['A', 'B']);
		// without A: R = B → ranks [3, 1, 2]; without B: as without b1
		expect([...rows[0].change]).toEqual([0, 0, -1]);
		expect(rows[0].meanAbs).toBeCloseTo(1 / 3, 12);
		expect(rows[1].meanAbs).toBe(1);
	});

	it('does not count units unranked either time (degenerate: all missing)', () => {
		expect([...rankChanges([0, 2, 1], [1, 0, 2])]).toEqual([0, 0, -1]);
		const empty = toyColumns(tree, { a1: [NaN, NaN, NaN], a2: [NaN, NaN, NaN], b1: [1, 1, 1] });
		const { rows } = whatIf(tree, empty, params, [tree.indexOf.get('a1') as number]);
		expect(rows[0].meanAbs).toBe(0);
		expect(rows[0].maxAbs).toBe(0);
	});
});

describe('compareConfigurations', () => {
	it('ranks under equal weights and another normalisation against the current ones', () => {
		const alt = defaultMethod();
		alt.normalisation.method = 'rank';
		const c = compareConfigurations(
			tree,
			columns,
			{ ...params, method: defaultMethod() },
			{
				method: alt,
				weights: equalWeights(tree)
			}
		);
		expect([...c.current]).toEqual([3, 1, 1]);
		// rank scores (1 lowest … 3 highest, scaled): a1 = [1,2,3], a2 = [3,1,2], b1 = [1,3,2]
		// A = [2, 1.5, 2.5], B = [1, 3, 2], R = [1.5, 2.25, 2.25] → ranks [3, 1, 1] again
		expect([...c.alternative]).toEqual([3, 1, 1]);
		expect(c.meanAbs).toBe(0);
		const same = compareConfigurations(
			tree,
			columns,
			{ ...params, method: defaultMethod() },
			{
				method: defaultMethod(),
				weights: Float64Array.from(params.weights)
			}
		);
		expect([...same.change]).toEqual([0, 0, 0]);
	});
});
