// Titles, suggested minutes and the question for the room of each walkthrough step, in the UI
// language: what the step list, the step header and a trainer's 30-minute plan show.
import type { Tree } from '../model/tree';
import { levelName, type Translate } from './cell-label';
import type { WalkStep } from './walkthrough';

/** Suggested minutes per step: about 30 in all for the PII framework. */
const MINUTES: Record<WalkStep['kind'], number> = {
	intro: 3,
	raw: 2,
	bounds: 2,
	normalise: 3,
	aggregate: 2,
	rank: 2,
	tryValue: 4,
	tryOthers: 3,
	tryWeight: 3,
	recap: 3
};

export function stepMinutes(step: WalkStep): number {
	return MINUTES[step.kind];
}

export function stepTitle(step: WalkStep, tree: Tree, t: Translate): string {
	if (step.kind === 'aggregate')
		return t('walkTitle_aggregate', {
			level: levelName(tree, step.level, t),
			code: tree.nodes[step.node].code
		});
	return t(`walkTitle_${step.kind}`);
}

/** The question for the room, with the step's own numbers filled in. */
export function stepQuestion(
	step: WalkStep,
	tree: Tree,
	t: Translate,
	names: { unit: string; score: string }
): string {
	return t(`walkAsk_${step.kind}`, {
		unit: names.unit,
		score: names.score,
		code: tree.nodes[step.node].code
	});
}
