import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMap, type Edition } from './boundaries';
import type { Topology } from './topojson';

function load(edition: Edition): Topology {
	const file = new URL(`../../../static/geo/vn-provinces-${edition}.topojson`, import.meta.url);
	return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}

const csvCodes = (name: string) =>
	readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(',')[0]);

describe('buildMap', () => {
	it.each([63, 34] as Edition[])('draws every unit of the %i-unit list once', (edition) => {
		const map = buildMap(load(edition), edition, 500);
		const codes = map.provinces.map((p) => p.code).sort();
		expect(codes).toEqual(csvCodes(`provinces-${edition}.csv`).sort());
		expect(map.islands.map((i) => i.code)).toEqual(['48', '56']);
		expect(map.islands[0].nameVi).toBe('Quần đảo Hoàng Sa');
		for (const p of [...map.provinces, ...map.islands]) {
			expect(p.d).toMatch(/^M[\d.]+ [\d.]+L/);
			expect(p.d).not.toContain('NaN');
		}
		expect(map.width).toBe(500);
		expect(map.height).toBeGreaterThan(450);
	});

	it('puts Hà Nội north of TP. Hồ Chí Minh and Trường Sa east of it', () => {
		const map = buildMap(load(63), 63);
		const at = (code: string) =>
			[...map.provinces, ...map.islands].find((p) => p.code === code)?.centroid ?? [0, 0];
		const [hnX, hnY] = at('01');
		const [hcmX, hcmY] = at('79');
		expect(hnY).toBeLessThan(hcmY);
		expect(hnX).toBeLessThan(hcmX);
		expect(at('56')[0]).toBeGreaterThan(hcmX);
		for (const p of map.provinces) {
			expect(p.centroid[0]).toBeGreaterThan(0);
			expect(p.centroid[1]).toBeLessThan(map.height);
		}
	});
});

describe('shape boxes', () => {
	it('contain the centroid and lie inside the frame', () => {
		const map = buildMap(load(34), 34, 400, 5);
		for (const s of [...map.provinces, ...map.islands]) {
			const [x0, y0, x1, y1] = s.box;
			expect(x0).toBeLessThanOrEqual(s.centroid[0]);
			expect(x1).toBeGreaterThanOrEqual(s.centroid[0]);
			expect(y0).toBeLessThanOrEqual(s.centroid[1]);
			expect(y1).toBeGreaterThanOrEqual(s.centroid[1]);
			expect(x0).toBeGreaterThanOrEqual(4.99);
			expect(y1).toBeLessThanOrEqual(map.height + 0.01);
		}
		expect(map.sea[0]).toBeGreaterThan(0);
	});
});
