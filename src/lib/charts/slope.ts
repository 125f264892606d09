// Layout of the rank slope chart: each unit's rank at the baseline (left) and now (right), one row
// per unit on each side in rank order, so tied ranks never draw labels on top of each other.

export interface SlopeLine {
	unit: number;
	/** Rank at the baseline and now. */
	from: number;
	to: number;
	/** Places gained (positive = moved up). */
	change: number;
	/** Row (0-based) on the left and on the right side. */
	left: number;
	right: number;
}

/**
 * Lines for the units ranked both times. With `onlyChanged`, units whose rank did not move are
 * left out except those in `keep` (e.g. the selected unit); rows are then counted among the rest.
 */
export function slopeLines(
	baseline: ArrayLike<number>,
	current: ArrayLike<number>,
	options: { onlyChanged?: boolean; keep?: readonly number[] } = {}
): SlopeLine[] {
	const keep = new Set(options.keep ?? []);
	const units: number[] = [];
	for (let u = 0; u < current.length; u++) {
		if (!(baseline[u] > 0 && current[u] > 0)) continue;
		if (options.onlyChanged && baseline[u] === current[u] && !keep.has(u)) continue;
		units.push(u);
	}
	const rows = (ranks: ArrayLike<number>) => {
		const order = [...units].sort((a, b) => ranks[a] - ranks[b] || a - b);
		return new Map(order.map((u, i) => [u, i]));
	};
	const left = rows(baseline);
	const right = rows(current);
	return units.map((u) => ({
		unit: u,
		from: baseline[u],
		to: current[u],
		change: baseline[u] - current[u],
		left: left.get(u) as number,
		right: right.get(u) as number
	}));
}

/** Units ranked at the baseline or now but not both (they cannot be drawn as a line). */
export function unmatchedUnits(baseline: ArrayLike<number>, current: ArrayLike<number>): number[] {
	const out: number[] = [];
	for (let u = 0; u < current.length; u++) if (baseline[u] > 0 !== current[u] > 0) out.push(u);
	return out;
}
