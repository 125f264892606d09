import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../i18n/messages';
import { competitionRanks } from '../model/rank';
import { piiTree, randomDataset } from '../testing/fixtures';
import { ModelWorkbook } from '../workbook/workbook';
import { stepMinutes, stepQuestion, stepTitle } from './step-text';
import { buildWalkthrough } from './walkthrough';

const tree = piiTree();
const wb = new ModelWorkbook(tree, randomDataset(tree, 4, 3, 0));
const params = wb.readParams();
const steps = buildWalkthrough({
	tree,
	cells: wb.cells,
	unit: 1,
	indicator: tree.indexOf.get('1.2.1') as number,
	scores: (n) => wb.readNode(n),
	raw: wb.readData(),
	weights: params.weights,
	directions: params.directions,
	ranks: competitionRanks(wb.readNode(tree.root))
});

describe('step texts', () => {
	it('plans about 30 minutes for the PII framework', () => {
		const total = steps.reduce((s, step) => s + stepMinutes(step), 0);
		expect(total).toBeGreaterThanOrEqual(28);
		expect(total).toBeLessThanOrEqual(35);
	});

	it('titles every step in both languages, aggregates by level and code', () => {
		for (const locale of ['vi', 'en'] as const) {
			const t = (key: MessageKey, p?: Record<string, string>) => translate(locale, key, p);
			const titles = steps.map((s) => stepTitle(s, tree, t));
			expect(new Set(titles).size).toBe(titles.length);
			for (const s of steps)
				expect(stepQuestion(s, tree, t, { unit: 'X', score: '1' })).not.toMatch(/\{/);
		}
		const en = (key: MessageKey, p?: Record<string, string>) => translate('en', key, p);
		expect(steps.filter((s) => s.kind === 'aggregate').map((s) => stepTitle(s, tree, en))).toEqual([
			'Up to sub-pillar 1.2',
			'Up to pillar P1',
			'Up to sub-index IN',
			'Up to index PII'
		]);
	});
});
