// Keyboard moves on a map: from one shape to the nearest shape in the direction of an arrow key,
// judged by the shapes' centroids (within a 45° cone either side of the direction).
import type { Position } from './topojson';

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Record<Direction, Position> = {
	up: [0, -1],
	down: [0, 1],
	left: [-1, 0],
	right: [1, 0]
};

export const ARROW_KEYS: Record<string, Direction> = {
	ArrowUp: 'up',
	ArrowDown: 'down',
	ArrowLeft: 'left',
	ArrowRight: 'right'
};

/**
 * Index of the nearest centroid in `direction` from `from` (SVG coordinates, y down), or `from`
 * itself when nothing lies that way. Sideways distance counts double, so straight moves win.
 */
export function neighbourIn(
	centroids: readonly Position[],
	from: number,
	direction: Direction
): number {
	const [ux, uy] = VECTORS[direction];
	const [x0, y0] = centroids[from] ?? [NaN, NaN];
	let best = from;
	let bestCost = Infinity;
	centroids.forEach(([x, y], i) => {
		if (i === from || !Number.isFinite(x) || !Number.isFinite(y)) return;
		const along = (x - x0) * ux + (y - y0) * uy;
		const across = Math.abs((x - x0) * uy - (y - y0) * ux);
		if (along <= 0 || across > along) return;
		const cost = along + 2 * across;
		if (cost < bestCost) {
			bestCost = cost;
			best = i;
		}
	});
	return best;
}
