// Spherical Mercator fitted to a bounding box, SVG path strings for rings and the area centroid of
// a feature: all the geometry the province map needs, in SVG coordinates (y down).
import type { Polygon, Position } from './topojson';

const RAD = Math.PI / 180;

/** Mercator in radians-units, north up for SVG (y grows southwards). */
export function mercator([lon, lat]: Position): Position {
	return [lon * RAD, -Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
}

export interface Fitted {
	project: (p: Position) => Position;
	width: number;
	height: number;
}

/** Longitude/latitude bounds [[west, south], [east, north]] of all rings of the polygons. */
export function bounds(polygons: readonly Polygon[]): [Position, Position] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const polygon of polygons)
		for (const ring of polygon)
			for (const [x, y] of ring) {
				if (x < w) w = x;
				if (x > e) e = x;
				if (y < s) s = y;
				if (y > n) n = y;
			}
	return [
		[w, s],
		[e, n]
	];
}

/** A Mercator projection scaled so `box` fills `width` (less `pad` each side); height follows. */
export function fitMercator(box: [Position, Position], width: number, pad = 0): Fitted {
	const [x0, y1] = mercator(box[0]);
	const [x1, y0] = mercator(box[1]);
	const k = (width - 2 * pad) / (x1 - x0 || 1);
	return {
		project: (p) => {
			const [x, y] = mercator(p);
			return [pad + (x - x0) * k, pad + (y - y0) * k];
		},
		width,
		height: 2 * pad + (y1 - y0) * k
	};
}

const round = (v: number) => Math.round(v * 10) / 10;

/** SVG path data of polygons (rings closed, coordinates to 0.1, repeated points dropped). */
export function polygonsPath(polygons: readonly Polygon[], project: Fitted['project']): string {
	let d = '';
	for (const polygon of polygons)
		for (const ring of polygon) {
			let prev = '';
			let count = 0;
			for (const p of ring) {
				const [x, y] = project(p);
				const point = `${round(x)} ${round(y)}`;
				if (point === prev) continue;
				d += `${count === 0 ? 'M' : 'L'}${point}`;
				prev = point;
				count += 1;
			}
			if (count) d += 'Z';
		}
	return d;
}

/** Signed area and centroid of a ring (shoelace), in the ring's own coordinates. */
function ringMoments(ring: readonly Position[]): { area: number; cx: number; cy: number } {
	let a = 0;
	let cx = 0;
	let cy = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		const f = xj * yi - xi * yj;
		a += f;
		cx += (xj + xi) * f;
		cy += (yj + yi) * f;
	}
	return { area: a / 2, cx, cy };
}

/** Centroid (projected) of the largest outer ring: where a province "is" for keyboard moves. */
export function centroid(polygons: readonly Polygon[], project: Fitted['project']): Position {
	let best = { area: 0, at: [NaN, NaN] as Position };
	for (const polygon of polygons) {
		if (!polygon[0]?.length) continue;
		const ring = polygon[0].map(project);
		const m = ringMoments(ring);
		const area = Math.abs(m.area);
		if (area > best.area) best = { area, at: [m.cx / (6 * m.area), m.cy / (6 * m.area)] };
	}
	if (best.area === 0 && polygons[0]?.[0]?.length) return project(polygons[0][0][0]);
	return best.at;
}
