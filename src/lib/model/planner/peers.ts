// Peer comparison: the province against its region or the provinces of similar score, indicator by
// indicator (normalised scores): the gap to the peers' median, the best peer, strengths, weaknesses.
import { median, standing } from '../profile';

/** The `k` units whose score is closest to the province's (ties: higher score, then row order). */
export function similarScorePeers(root: ArrayLike<number>, unit: number, k = 6): number[] {
	const own = root[unit];
	if (Number.isNaN(own)) return [];
	const others: number[] = [];
	for (let u = 0; u < root.length; u++) if (u !== unit && !Number.isNaN(root[u])) others.push(u);
	others.sort(
		(a, b) => Math.abs(root[a] - own) - Math.abs(root[b] - own) || root[b] - root[a] || a - b
	);
	return others.slice(0, k);
}

export interface PeerGap {
	indicator: number;
	own: number;
	/** Median normalised score of the peers (the province excluded). */
	median: number;
	/** own − median; NaN when either is missing. */
	gap: number;
	/** The peer with the highest score on the indicator, or −1. */
	best: number;
	bestScore: number;
	/** The province's rank among itself and the peers (0 when missing), of n with a score. */
	rank: number;
	n: number;
}

/** Gaps on every indicator; `columns` are normalised scores per indicator position. */
export function peerGaps(
	columns: readonly ArrayLike<number>[],
	unit: number,
	peers: readonly number[]
): PeerGap[] {
	const group = [unit, ...peers.filter((u) => u !== unit)];
	return columns.map((col, indicator) => {
		const own = col[unit];
		const med = median(col, group.slice(1));
		let best = -1;
		for (const u of group.slice(1))
			if (!Number.isNaN(col[u]) && (best < 0 || col[u] > col[best])) best = u;
		const s = standing(col, unit, group);
		return {
			indicator,
			own,
			median: med,
			gap: own - med,
			best,
			bestScore: best < 0 ? NaN : col[best],
			rank: s.rank,
			n: s.n
		};
	});
}

/** The `k` largest positive gaps (strengths) and most negative gaps (weaknesses). */
export function peerStrengthsWeaknesses(
	gaps: readonly PeerGap[],
	k = 5
): { strengths: PeerGap[]; weaknesses: PeerGap[] } {
	const present = gaps.filter((g) => !Number.isNaN(g.gap));
	const strengths = present
		.filter((g) => g.gap > 0)
		.sort((a, b) => b.gap - a.gap || a.indicator - b.indicator)
		.slice(0, k);
	const weaknesses = present
		.filter((g) => g.gap < 0)
		.sort((a, b) => a.gap - b.gap || a.indicator - b.indicator)
		.slice(0, k);
	return { strengths, weaknesses };
}
