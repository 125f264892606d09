// Builds the illustrative dataset of one edition as CSV text: targets → fitted normalised scores →
// raw values in real units (rounded as written). Pure and deterministic; the CLI writes the files.
import { readFileSync } from 'node:fs';
import { parseCsvText, readFrameworkCsv } from '../../src/lib/io/csv';
import { frameworkParams } from '../../src/lib/model/kernel';
import { indicatorCodes } from '../../src/lib/model/indicators';
import { compileTree } from '../../src/lib/model/tree';
import { absorbRounding, fitScores, structureOf, type Pins } from './fit';
import { RECIPES, rawRange, type IndicatorRecipe } from './indicators';
import { mulberry32, seedOf, type Rng } from './prng';
import { buildTargets, type Edition, type UnitTarget } from './targets';

const DATA = new URL('../../src/lib/data/', import.meta.url);
export const readData = (file: string) => readFileSync(new URL(file, DATA), 'utf8');

export const OUTPUT_FILE: Record<Edition, string> = {
	2023: 'illustrative-2023.csv',
	2025: 'illustrative-2025.csv'
};

interface UnitRow {
	code: string;
	name: string;
	region: string;
}

/** The units of an edition: 63 provinces (2023) or the 34 merged units (region of the first part). */
export function unitsOf(edition: Edition): UnitRow[] {
	const records = (file: string) => {
		const { headers, rows } = parseCsvText(readData(file));
		return rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
	};
	const p63 = records('provinces-63.csv');
	const regionOf = new Map(p63.map((r) => [r.code, r.region_code]));
	if (edition === 2023)
		return p63.map((r) => ({ code: r.code, name: r.name_vi, region: r.region_code }));
	return records('provinces-34.csv').map((r) => ({
		code: r.code,
		name: r.name_vi,
		region: regionOf.get(r.merged_from_codes.split(';')[0]) ?? ''
	}));
}

/** Logit offsets per unit and indicator: the shape of each indicator's distribution. */
function baseLogits(rng: Rng, targets: UnitTarget[]): number[][] {
	const mean = targets.reduce((a, t) => a + t.pii, 0) / targets.length;
	const sd = Math.sqrt(targets.reduce((a, t) => a + (t.pii - mean) ** 2, 0) / targets.length);
	return targets.map((t) => {
		const s = (t.pii - mean) / sd;
		return RECIPES.map((r) => {
			const n = rng.normal();
			if (r.shape === 'skew') return -1.4 + 0.5 * n + Math.max(0, s - 1);
			if (r.shape === 'heavy') return -2.4 + 0.5 * n + 1.5 * Math.max(0, s - 1);
			if (r.shape === 'weak') return -0.45 * s + 0.9 * n;
			if (r.shape === 'inverse') return -1.3 * s + 0.5 * n;
			return 0.45 * n;
		});
	});
}

/** Leader from the recipe; the laggard is a unit weak on the indicator's pillar (strong if inverse). */
function choosePins(
	rng: Rng,
	edition: Edition,
	codes: string[],
	targets: UnitTarget[],
	pillarOf: number[]
): Pins {
	const max = RECIPES.map((r) => {
		const u = codes.indexOf(edition === 2023 ? r.lead2023 : r.lead2025);
		if (u < 0) throw new Error(`leader of ${r.code} is not a unit of ${edition}`);
		return u;
	});
	// Candidates: the weaker half on the pillar (stronger third if inverse; anyone if weak). A unit
	// already at the bottom of a column is less likely to be picked again.
	const picked = new Map<number, number>();
	const min = RECIPES.map((r, k) => {
		const spread = r.shape === 'weak' ? 25 : 6;
		const sign = r.shape === 'inverse' ? -1 : 1;
		const level = targets.map((t) => sign * t.pillars[pillarOf[k]]);
		const cut = [...level].sort((a, b) => a - b)[
			Math.floor(targets.length * (r.shape === 'weak' ? 1 : r.shape === 'inverse' ? 0.33 : 0.5)) - 1
		];
		let best = -1;
		let bestKey = Infinity;
		level.forEach((v, u) => {
			const key = v + spread * rng.normal() + 8 * (picked.get(u) ?? 0);
			if (u !== max[k] && v <= cut && key < bestKey) [best, bestKey] = [u, key];
		});
		picked.set(best, (picked.get(best) ?? 0) + 1);
		return best;
	});
	return { max, min };
}

function formatRaw(r: IndicatorRecipe, edition: Edition, z: number, pin: 'max' | 'min' | null) {
	const [lo, hi] = rawRange(r, edition);
	const step = 10 ** -r.decimals;
	let x = pin === 'max' ? hi : pin === 'min' ? lo : lo + (z / 100) * (hi - lo);
	if (!pin) x = Math.min(hi - step, Math.max(lo + step, x));
	return x.toFixed(r.decimals);
}

export interface Generated {
	csv: string;
	targets: UnitTarget[];
}

export function generateIllustrative(edition: Edition): Generated {
	const fw = readFrameworkCsv(readData('pii-framework.csv'));
	if (!fw.ok) throw new Error('the framework does not load');
	const tree = compileTree(fw.value);
	const codesInd = indicatorCodes(tree);
	if (codesInd.join() !== RECIPES.map((r) => r.code).join())
		throw new Error('indicator recipes do not match the framework');
	const st = structureOf(tree, frameworkParams(tree).weights);
	const units = unitsOf(edition);
	const codes = units.map((u) => u.code);
	const targets = buildTargets(edition, codes);
	const rng = mulberry32(seedOf(`scores-${edition}`));
	const base = baseLogits(rng, targets);
	const pins = choosePins(rng, edition, codes, targets, st.pillarOf);
	const z = fitScores(st, targets, base, pins);
	const ranges = RECIPES.map((r) => rawRange(r, edition));
	const quantise = (k: number, v: number) => {
		const [lo, hi] = ranges[k];
		return (100 * (Number(formatRaw(RECIPES[k], edition, v, null)) - lo)) / (hi - lo);
	};
	const grain = RECIPES.map((r, k) => (100 * 10 ** -r.decimals) / (ranges[k][1] - ranges[k][0]));
	absorbRounding(st, z, pins, quantise, grain);
	const lines = [['code', 'name', 'region', ...codesInd].join(',')];
	units.forEach((unit, u) => {
		const values = RECIPES.map((r, k) => {
			const pin = pins.max[k] === u ? 'max' : pins.min[k] === u ? 'min' : null;
			return formatRaw(r, edition, z[u][k], pin);
		});
		lines.push([unit.code, csvField(unit.name), unit.region, ...values].join(','));
	});
	return { csv: lines.join('\n') + '\n', targets };
}

const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
