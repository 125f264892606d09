import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeArcs, features, stitchRing, type Topology } from './topojson';

// Two unit squares side by side sharing the arc x = 1 (arc 0), quantized with scale 0.5.
const squares: Topology = {
	type: 'Topology',
	transform: { scale: [0.5, 0.5], translate: [100, 10] },
	arcs: [
		[
			[2, 0],
			[0, 2]
		],
		[
			[2, 2],
			[-2, 0],
			[0, -2],
			[2, 0]
		],
		[
			[2, 0],
			[2, 0],
			[0, 2],
			[-2, 0]
		]
	],
	objects: {
		shapes: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', id: 'a', properties: { code: 'a' }, arcs: [[0, 1]] },
				{ type: 'MultiPolygon', properties: { code: 'b' }, arcs: [[[2, ~0]]] }
			]
		}
	}
};

describe('decodeArcs', () => {
	it('sums the deltas and applies scale and translate', () => {
		const arcs = decodeArcs(squares);
		expect(arcs[0]).toEqual([
			[101, 10],
			[101, 11]
		]);
		expect(arcs[1]).toEqual([
			[101, 11],
			[100, 11],
			[100, 10],
			[101, 10]
		]);
	});

	it('returns positions unchanged without a transform', () => {
		const plain: Topology = { ...squares, transform: undefined };
		expect(decodeArcs(plain)[0]).toEqual([
			[2, 0],
			[0, 2]
		]);
	});
});

describe('stitchRing', () => {
	it('joins arcs without repeating shared points and reverses ~i', () => {
		const arcs = decodeArcs(squares);
		expect(stitchRing(arcs, [0, 1])).toEqual([
			[101, 10],
			[101, 11],
			[100, 11],
			[100, 10],
			[101, 10]
		]);
		const ring = stitchRing(arcs, [2, ~0]);
		expect(ring[0]).toEqual(ring[ring.length - 1]);
		expect(ring).toEqual([
			[101, 10],
			[102, 10],
			[102, 11],
			[101, 11],
			[101, 10]
		]);
	});
});

describe('features', () => {
	it('reads polygons and multipolygons with id from id or code', () => {
		const fs = features(squares, 'shapes');
		expect(fs.map((f) => f.id)).toEqual(['a', 'b']);
		expect(fs[0].polygons).toHaveLength(1);
		expect(fs[1].polygons[0][0]).toHaveLength(5);
		expect(features(squares, 'missing')).toEqual([]);
	});

	it('decodes the 63-province file: every ring closed and inside the bbox', () => {
		const file = new URL('../../../static/geo/vn-provinces-63.topojson', import.meta.url);
		const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
		const provinces = features(topo, 'provinces');
		expect(provinces).toHaveLength(63);
		expect(provinces.find((f) => f.id === '01')?.properties.name_vi).toBe('Hà Nội');
		const [w, s, e, n] = topo.bbox as number[];
		for (const f of provinces)
			for (const polygon of f.polygons)
				for (const ring of polygon) {
					expect(ring[0]).toEqual(ring[ring.length - 1]);
					for (const [x, y] of ring) {
						expect(x).toBeGreaterThanOrEqual(w - 1e-9);
						expect(x).toBeLessThanOrEqual(e + 1e-9);
						expect(y).toBeGreaterThanOrEqual(s - 1e-9);
						expect(y).toBeLessThanOrEqual(n + 1e-9);
					}
				}
	});
});
