// What the province aims at — a rank, a score, or overtaking one province — and how far a set of
// scores is from it. Rank goals allow ties (competition ranking: 1, 2, 2, 4).
import { competitionRanks } from '../rank';

export type Goal =
	| { kind: 'rank'; rank: number }
	| { kind: 'score'; score: number }
	| { kind: 'overtake'; unit: number };

/** The score the province must reach given everyone's current scores (−Infinity: any score). */
export function threshold(goal: Goal, root: ArrayLike<number>, unit: number): number {
	if (goal.kind === 'score') return goal.score;
	if (goal.kind === 'overtake') {
		const x = root[goal.unit];
		return Number.isNaN(x) ? -Infinity : x;
	}
	const others: number[] = [];
	for (let u = 0; u < root.length; u++)
		if (u !== unit && !Number.isNaN(root[u])) others.push(root[u]);
	if (goal.rank > others.length) return -Infinity;
	others.sort((a, b) => b - a);
	return others[goal.rank - 1];
}

/** Province score minus the threshold: ≥ 0 meets a rank or score goal, > 0 an overtake goal. */
export function slack(goal: Goal, root: ArrayLike<number>, unit: number): number {
	return root[unit] - threshold(goal, root, unit);
}

/** Whether the scores meet the goal exactly as the ranking shows it. */
export function goalMet(goal: Goal, root: ArrayLike<number>, unit: number): boolean {
	const s = root[unit];
	if (Number.isNaN(s)) return false;
	if (goal.kind === 'rank') {
		const rank = competitionRanks(root)[unit];
		return rank > 0 && rank <= goal.rank;
	}
	return goal.kind === 'score' ? s >= goal.score : s > threshold(goal, root, unit);
}

/** Why a goal cannot be asked for at all, or null when it is well-formed. */
export function goalProblem(
	goal: Goal,
	nUnits: number,
	unit: number
): 'rank-range' | 'score-range' | 'same-unit' | null {
	if (goal.kind === 'rank')
		return Number.isInteger(goal.rank) && goal.rank >= 1 && goal.rank <= nUnits
			? null
			: 'rank-range';
	if (goal.kind === 'score')
		return Number.isFinite(goal.score) && goal.score <= 100 ? null : 'score-range';
	return goal.unit === unit || goal.unit < 0 || goal.unit >= nUnits ? 'same-unit' : null;
}
