// TopoJSON decoding: quantized, delta-encoded arcs with a transform, stitched into the polygon
// rings of each feature (longitude/latitude). Enough of the format for the province boundaries.

export type Position = [number, number];
/** Rings of one polygon: the outer ring first, then holes. */
export type Polygon = Position[][];

export interface TopoGeometry {
	type: string;
	id?: string | number;
	properties?: Record<string, unknown>;
	arcs?: number[][] | number[][][];
	geometries?: TopoGeometry[];
}

export interface Topology {
	type: 'Topology';
	arcs: Position[][];
	transform?: { scale: Position; translate: Position };
	bbox?: number[];
	objects: Record<string, TopoGeometry>;
}

export interface Feature {
	id: string;
	properties: Record<string, unknown>;
	polygons: Polygon[];
}

/** Absolute coordinates of every arc: running sums of the deltas, then scale and translate. */
export function decodeArcs(topology: Topology): Position[][] {
	const t = topology.transform;
	if (!t) return topology.arcs.map((arc) => arc.map(([x, y]) => [x, y] as Position));
	const [sx, sy] = t.scale;
	const [tx, ty] = t.translate;
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => {
			x += dx;
			y += dy;
			return [x * sx + tx, y * sy + ty] as Position;
		});
	});
}

/** One ring from arc indices; a negative index ~i is arc i reversed. Shared end points appear once. */
export function stitchRing(arcs: Position[][], indices: readonly number[]): Position[] {
	const ring: Position[] = [];
	for (const index of indices) {
		const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
		arc.forEach((p, k) => {
			if (k > 0 || ring.length === 0) ring.push(p);
		});
	}
	return ring;
}

function polygonsOf(geometry: TopoGeometry, arcs: Position[][]): Polygon[] {
	const ringsOf = (rings: number[][]) => rings.map((r) => stitchRing(arcs, r));
	if (geometry.type === 'Polygon') return [ringsOf(geometry.arcs as number[][])];
	if (geometry.type === 'MultiPolygon') return (geometry.arcs as number[][][]).map(ringsOf);
	return [];
}

/** The features of one object (a GeometryCollection or a single geometry) with their rings. */
export function features(
	topology: Topology,
	name: string,
	arcs: Position[][] = decodeArcs(topology)
): Feature[] {
	const object = topology.objects[name];
	if (!object) return [];
	const geometries = object.type === 'GeometryCollection' ? (object.geometries ?? []) : [object];
	return geometries.map((g) => ({
		id: String(g.id ?? g.properties?.code ?? ''),
		properties: g.properties ?? {},
		polygons: polygonsOf(g, arcs)
	}));
}
