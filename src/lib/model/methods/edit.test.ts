// Setting changes as pure functions: the original is never changed, overrides equal to the global
// setting are dropped, goalposts fill in from the data.
import { describe, expect, it } from 'vitest';
import { piiTree } from '../../testing/fixtures';
import { defaultMethod } from '../method';
import {
	changedParts,
	fillGoalposts,
	withGlobal,
	withLevelMean,
	withOverride,
	withThreshold
} from './edit';

const tree = piiTree();

describe('method edits', () => {
	it('changes a copy', () => {
		const m = defaultMethod();
		const z = withGlobal(m, { section: 'normalisation', value: 'zscore' });
		expect(z.normalisation.method).toBe('zscore');
		expect(m.normalisation.method).toBe('minmax');
		expect(changedParts(z)).toEqual(['normalisation']);
		expect(changedParts(m)).toEqual([]);
	});

	it('drops an override equal to the global setting', () => {
		const m = withOverride(defaultMethod(), '1.1.1', 'normalisation', 'rank');
		expect(m.normalisation.overrides).toEqual({ '1.1.1': 'rank' });
		expect(withOverride(m, '1.1.1', 'normalisation', 'minmax').normalisation.overrides).toEqual({});
		expect(withOverride(m, '1.1.1', 'normalisation', null).normalisation.overrides).toEqual({});
	});

	it('a level set to the global mean follows the global mean again', () => {
		const m = withLevelMean(defaultMethod(), 3, 'geometric');
		expect(m.aggregation.levels).toEqual({ '3': 'geometric' });
		expect(withLevelMean(m, 3, 'arithmetic').aggregation.levels).toEqual({});
		expect(withThreshold(m, 0.5).aggregation.threshold).toBe(0.5);
	});

	it('fills goalposts from the current min and max (constant and empty columns get a span)', () => {
		const columns = tree.indicators.map((_, p) =>
			p === 0 ? Float64Array.from([3, 9, NaN]) : Float64Array.from([4, 4, 4])
		);
		const m = withGlobal(defaultMethod(), { section: 'normalisation', value: 'goalposts' });
		const filled = fillGoalposts(m, tree, columns);
		expect(filled.normalisation.goalposts['1.1.1']).toEqual([3, 9]);
		expect(filled.normalisation.goalposts['1.1.2']).toEqual([3, 5]);
		expect(fillGoalposts(filled, tree, columns)).toBe(filled);
	});

	it('takes goalposts from the values the normalisation reads (here: per head)', () => {
		const columns = tree.indicators.map(() => Float64Array.from([10, 40, 90]));
		const m = withGlobal(defaultMethod(), { section: 'normalisation', value: 'goalposts' });
		m.denominators['1.1.1'] = 'pop';
		const pop = Float64Array.from([10, 20, 30]);
		const filled = fillGoalposts(m, tree, columns, { denominators: new Map([['pop', pop]]) });
		expect(filled.normalisation.goalposts['1.1.1']).toEqual([1, 3]);
		expect(filled.normalisation.goalposts['1.1.2']).toEqual([10, 90]);
	});
});
