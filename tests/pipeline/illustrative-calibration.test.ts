// The committed illustrative datasets: format, calibration to the published scores (through the
// app's own loader and kernel), and byte-identity with a fresh run of the generator.
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/lib/io/csv';
import { calibrate, type Calibration } from '../../scripts/illustrative/calibration';
import { generateIllustrative, OUTPUT_FILE, readData } from '../../scripts/illustrative/generate';
import { RECIPES, rawRange } from '../../scripts/illustrative/indicators';
import type { Edition } from '../../scripts/illustrative/targets';

const editions: Edition[] = [2023, 2025];
const committed = (e: Edition) => readData(OUTPUT_FILE[e]);
const results = new Map(editions.map((e) => [e, calibrate(e, committed(e))]));
const cal = (e: Edition) => results.get(e) as Calibration;
const unit = (e: Edition, name: string) => {
	const u = cal(e).units.find((x) => x.name === name);
	if (!u) throw new Error(`no unit ${name}`);
	return u;
};
const byPillar = (e: Edition, p: number) =>
	[...cal(e).units].sort((a, b) => b.pillars[p] - a.pillars[p]).map((u) => u.name);

describe.each(editions)('illustrative %i data file', (edition) => {
	const text = committed(edition);
	const { headers, rows } = parseCsvText(text);
	const units = parseCsvText(readData(edition === 2023 ? 'provinces-63.csv' : 'provinces-34.csv'));

	it('has the agreed header, units and plain numbers', () => {
		expect(text.charCodeAt(0)).not.toBe(0xfeff);
		expect(headers).toEqual(['code', 'name', 'region', ...RECIPES.map((r) => r.code)]);
		expect(rows).toHaveLength(edition === 2023 ? 63 : 34);
		expect(rows.map((r) => [r[0], r[1]])).toEqual(units.rows.map((r) => [r[0], r[1]]));
		for (const r of rows) {
			expect(r[0]).toMatch(/^\d{2}$/);
			expect(['RRD', 'NMM', 'NCC', 'CH', 'SE', 'MD']).toContain(r[2]);
			RECIPES.forEach((rec, k) => {
				const v = r[k + 3];
				expect(v).toMatch(rec.decimals ? new RegExp(`^\\d+\\.\\d{${rec.decimals}}$`) : /^\d+$/);
				const [lo, hi] = rawRange(rec, edition);
				expect(Number(v)).toBeGreaterThanOrEqual(lo);
				expect(Number(v)).toBeLessThanOrEqual(hi);
			});
		}
	});

	it('is exactly what the generator produces', () => {
		expect(generateIllustrative(edition).csv).toBe(text);
	});
});

describe.each(editions)('illustrative %i calibration', (edition) => {
	const c = cal(edition);

	it('covers the reported rows', () => {
		expect(c.rows.length).toBe(edition === 2023 ? 25 : 9);
	});

	it('reproduces every published score within ±1.0 and rank within ±2', () => {
		for (const r of c.rows) {
			if (r.dPii !== null) expect(Math.abs(r.dPii), r.computed.name).toBeLessThanOrEqual(1.0);
			if (r.dRank !== null) expect(Math.abs(r.dRank), r.computed.name).toBeLessThanOrEqual(2);
		}
	});

	it('reproduces published input, output and pillar scores within ±1.5', () => {
		for (const r of c.rows)
			for (const d of [r.dInput, r.dOutput, ...r.dPillars])
				if (d !== null) expect(Math.abs(d), r.computed.name).toBeLessThanOrEqual(1.5);
	});

	it('has Hà Nội first on input and output', () => {
		const hn = unit(edition, 'Hà Nội');
		for (const u of c.units) {
			if (u === hn) continue;
			expect(u.input).toBeLessThan(hn.input);
			expect(u.output).toBeLessThan(hn.output);
		}
	});

	it('keeps the published counts of indicators led', () => {
		const expected: Record<Edition, Record<string, number>> = {
			2023: { '01': 14, '79': 12, '74': 7 },
			2025: { '01': 18, '79': 13, '22': 7 }
		};
		for (const [code, n] of Object.entries(expected[edition])) expect(c.leads.get(code)).toBe(n);
	});
});

describe('illustrative 2023 published facts', () => {
	const c = cal(2023);

	it('matches the six regional averages within ±1.5', () => {
		expect(c.regions.map((r) => r.region).sort()).toEqual(['CH', 'MD', 'NCC', 'NMM', 'RRD', 'SE']);
		for (const r of c.regions)
			expect(Math.abs(r.computed - (r.published as number)), r.region).toBeLessThanOrEqual(1.5);
	});

	it('has Hải Phòng at input 56.45 and output 48.20 (±1.5), 2nd on institutions', () => {
		const hp = unit(2023, 'Hải Phòng');
		expect(Math.abs(hp.input - 56.45)).toBeLessThanOrEqual(1.5);
		expect(Math.abs(hp.output - 48.2)).toBeLessThanOrEqual(1.5);
		expect(byPillar(2023, 0).indexOf('Hải Phòng')).toBe(1);
	});

	it('resolves Phú Thọ 20th / 41.29 vs Thanh Hóa 30th / 41.25 with both within tolerance', () => {
		const pt = unit(2023, 'Phú Thọ');
		const th = unit(2023, 'Thanh Hóa');
		expect(pt.rank).toBe(20);
		expect(th.rank).toBeGreaterThanOrEqual(28);
		expect(pt.pii).toBeGreaterThan(th.pii);
	});

	it('keeps the regional positions stated in the sources', () => {
		const inRegion = (region: string) =>
			c.units
				.filter((u) => u.region === region)
				.sort((a, b) => b.pii - a.pii)
				.map((u) => u.name);
		expect(inRegion('NMM')[0]).toBe('Thái Nguyên');
		expect(inRegion('SE')[2]).toBe('Bình Dương');
		expect(inRegion('CH').at(-1)).toBe('Gia Lai');
	});
});

describe('illustrative 2025 published facts', () => {
	it('has TP. HCM first on the infrastructure pillar', () => {
		expect(byPillar(2025, 2)[0]).toBe('TP. Hồ Chí Minh');
	});
});
