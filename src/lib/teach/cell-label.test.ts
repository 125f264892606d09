import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../i18n/messages';
import { piiTree } from '../testing/fixtures';
import { cellAddress, describeCell, levelName, sheetLabel } from './cell-label';

const tree = piiTree();
const t = (key: MessageKey, params?: Record<string, string>) => translate('en', key, params);
const ctx = { tree, nUnits: 63, t, unitLabel: (u: number) => `Unit ${u}` };

describe('levelName and sheetLabel', () => {
	it('names the PII levels and sheets', () => {
		expect(levelName(tree, 2, t)).toBe('sub-pillar');
		expect(levelName(tree, 1, t, true)).toBe('indicators');
		expect(sheetLabel(tree, 'Level3', t)).toBe('Pillars');
		expect(sheetLabel(tree, 'Data', t)).toBe('Raw data');
		expect(sheetLabel(tree, 'Other', t)).toBe('Other');
	});

	it('numbers the levels of another framework', () => {
		const flat = { ...tree, levels: [2, 3] };
		expect(levelName(flat, 3, t)).toBe('level 3');
		expect(sheetLabel(flat, 'Level3', t)).toBe('Level 3');
	});
});

describe('describeCell', () => {
	it('says what each kind of cell holds', () => {
		expect(describeCell(ctx, { sheet: 'Data', row: 1, col: 2 })).toBe(
			'Unit 0’s raw value of 1.1.1'
		);
		expect(describeCell(ctx, { sheet: 'Level2', row: 3, col: 2 })).toBe('Unit 2’s 1.1 score');
		expect(describeCell(ctx, { sheet: 'Bounds', row: 2, col: 2 })).toBe(
			'the highest value of 1.1.1'
		);
		expect(describeCell(ctx, { sheet: 'Framework', row: 1, col: 5 })).toBe(
			'the weight of PII (W_PII)'
		);
		expect(describeCell(ctx, { sheet: 'Data', row: 0, col: 0 })).toBe('a label cell');
		expect(cellAddress({ sheet: 'Level2', row: 4, col: 2 })).toBe('Level2!C5');
	});
});
