// Competition ranking (1, 2, 2, 4), descending; missing scores get rank 0 (unranked).

export function competitionRanks(scores: ArrayLike<number>): Int32Array {
	const n = scores.length;
	const order: number[] = [];
	for (let i = 0; i < n; i++) if (scores[i] === scores[i]) order.push(i);
	order.sort((a, b) => scores[b] - scores[a]);
	const ranks = new Int32Array(n);
	for (let i = 0; i < order.length; i++) {
		const u = order[i];
		ranks[u] = i > 0 && scores[order[i - 1]] === scores[u] ? ranks[order[i - 1]] : i + 1;
	}
	return ranks;
}
