// Peers: nearest-score peers, gaps to the peer median, best peer, rank in group, strengths/weaknesses.
import { describe, expect, it } from 'vitest';
import { peerGaps, peerStrengthsWeaknesses, similarScorePeers } from './peers';

describe('peers', () => {
	it('similar-score peers are the nearest scores, the province excluded', () => {
		const root = Float64Array.from([50, 52, 47, 80, NaN, 49]);
		expect(similarScorePeers(root, 0, 3)).toEqual([5, 1, 2]);
	});

	it('gaps to the peers’ median, the best peer and the rank in the group', () => {
		const cols = [Float64Array.from([60, 40, 50, 90]), Float64Array.from([10, 30, 50, NaN])];
		const gaps = peerGaps(cols, 0, [1, 2]);
		expect(gaps[0]).toMatchObject({ own: 60, median: 45, gap: 15, best: 2, rank: 1, n: 3 });
		expect(gaps[1]).toMatchObject({ own: 10, median: 40, gap: -30, best: 2, rank: 3 });
		const sw = peerStrengthsWeaknesses(gaps, 5);
		expect(sw.strengths.map((g) => g.indicator)).toEqual([0]);
		expect(sw.weaknesses.map((g) => g.indicator)).toEqual([1]);
	});
});
