// Checks an illustrative data CSV against the published scores: loads it with the app's own loader,
// computes with the kernel, and compares PII, rank, sub-index and pillar scores and regional averages.
import { parseCsvText } from '../../src/lib/io/csv';
import { loadModel } from '../../src/lib/io/load-model';
import { columnsFor } from '../../src/lib/model/dataset';
import { indicatorCodes } from '../../src/lib/model/indicators';
import { createKernel, frameworkParams } from '../../src/lib/model/kernel';
import { competitionRanks } from '../../src/lib/model/rank';
import { readData } from './generate';
import type { Edition } from './targets';

/** Published 2023 regional averages (MOST announcement, 12 March 2024). */
export const PUBLISHED_REGIONS_2023: Record<string, number> = {
	RRD: 45.17,
	SE: 44.81,
	NCC: 36.96,
	MD: 36.36,
	CH: 32.72,
	NMM: 32.19
};

const PILLARS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];
const PILLAR_COLUMNS = [
	'p1_institutions',
	'p2_human_capital_research',
	'p3_infrastructure',
	'p4_market_soph',
	'p5_business_soph',
	'p6_knowledge_tech_outputs',
	'p7_impact'
];

export interface UnitResult {
	code: string;
	name: string;
	region: string;
	rank: number;
	pii: number;
	input: number;
	output: number;
	pillars: number[];
}

export interface Published {
	rank: number | null;
	pii: number | null;
	input: number | null;
	output: number | null;
	pillars: (number | null)[];
}

export interface ComparisonRow {
	published: Published;
	computed: UnitResult;
	dPii: number | null;
	dRank: number | null;
	dInput: number | null;
	dOutput: number | null;
	dPillars: (number | null)[];
}

export interface RegionRow {
	region: string;
	n: number;
	computed: number;
	published: number | null;
}

export interface Calibration {
	edition: Edition;
	units: UnitResult[];
	/** Published rows with confidence `reported`, in published order. */
	rows: ComparisonRow[];
	regions: RegionRow[];
	/** Indicators led (raw value equal to the column maximum) per unit code. */
	leads: Map<string, number>;
	max: { pii: number; rank: number; subIndex: number; pillar: number; region: number };
}

const num = (s: string | undefined) => (s && s.trim() !== '' ? Number(s) : null);
const diff = (a: number, b: number | null) => (b === null ? null : a - b);
const maxAbs = (xs: (number | null)[]) =>
	xs.reduce<number>((m, x) => Math.max(m, Math.abs(x ?? 0)), 0);

export function calibrate(
	edition: Edition,
	dataCsv: string,
	frameworkCsv = readData('pii-framework.csv'),
	publishedCsv = readData('published-scores.csv')
): Calibration {
	const model = loadModel(frameworkCsv, dataCsv);
	if (!model.ok) throw new Error(`data does not load: ${model.errors[0]?.message}`);
	const { tree, dataset } = model;
	const n = dataset.units.length;
	const codes = indicatorCodes(tree);
	const columns = columnsFor(dataset, codes);
	const out = createKernel(tree, n).compute(columns, frameworkParams(tree));
	const node = (code: string) => out.scores[tree.indexOf.get(code) as number];
	const ranks = competitionRanks(node('PII'));
	const units: UnitResult[] = dataset.units.map((u, i) => ({
		code: u.code,
		name: u.name,
		region: u.region ?? '',
		rank: ranks[i],
		pii: node('PII')[i],
		input: node('IN')[i],
		output: node('OUT')[i],
		pillars: PILLARS.map((p) => node(p)[i])
	}));

	const { headers, rows } = parseCsvText(publishedCsv);
	const records = rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ''])));
	const byName = new Map(units.map((u) => [u.name, u]));
	const compared: ComparisonRow[] = [];
	for (const r of records) {
		if (Number(r.edition) !== edition || r.confidence !== 'reported') continue;
		const computed = byName.get(r.province_vi);
		if (!computed) throw new Error(`published unit "${r.province_vi}" is not in the data`);
		const published: Published = {
			rank: num(r.rank),
			pii: num(r.pii_score),
			input: num(r.input_score),
			output: num(r.output_score),
			pillars: PILLAR_COLUMNS.map((c) => num(r[c]))
		};
		compared.push({
			published,
			computed,
			dPii: diff(computed.pii, published.pii),
			dRank: diff(computed.rank, published.rank),
			dInput: diff(computed.input, published.input),
			dOutput: diff(computed.output, published.output),
			dPillars: computed.pillars.map((v, k) => diff(v, published.pillars[k]))
		});
	}

	const regionCodes = [...new Set(units.map((u) => u.region))];
	const regions: RegionRow[] = regionCodes.map((region) => {
		const members = units.filter((u) => u.region === region);
		const computed = members.reduce((a, u) => a + u.pii, 0) / members.length;
		const published = edition === 2023 ? (PUBLISHED_REGIONS_2023[region] ?? null) : null;
		return { region, n: members.length, computed, published };
	});

	const leads = new Map<string, number>();
	columns.forEach((col) => {
		const top = Math.max(...col);
		col.forEach((x, i) => {
			if (x === top) leads.set(units[i].code, (leads.get(units[i].code) ?? 0) + 1);
		});
	});

	return {
		edition,
		units,
		rows: compared,
		regions,
		leads,
		max: {
			pii: maxAbs(compared.map((c) => c.dPii)),
			rank: maxAbs(compared.map((c) => c.dRank)),
			subIndex: maxAbs(compared.flatMap((c) => [c.dInput, c.dOutput])),
			pillar: maxAbs(compared.flatMap((c) => c.dPillars)),
			region: maxAbs(regions.map((r) => (r.published === null ? null : r.computed - r.published)))
		}
	};
}

const f2 = (x: number | null) => (x === null ? '' : x.toFixed(2));
const sign = (x: number | null, d = 2) => (x === null ? '' : (x >= 0 ? '+' : '') + x.toFixed(d));

/** Plain-text report: per-province comparison, regional averages, maximum deviations. */
export function formatReport(c: Calibration): string {
	const pad = (s: string, w: number) => s.padStart(w);
	const lines = [`PII ${c.edition} — illustrative data vs published (reported rows)`];
	lines.push('rank pub/calc  unit                     PII pub    calc     dev   input/output calc');
	for (const r of c.rows) {
		const p = r.published;
		const io = `${r.computed.input.toFixed(2)}/${r.computed.output.toFixed(2)}`;
		const pubIo = p.input === null ? '' : ` (pub ${f2(p.input)}/${f2(p.output)})`;
		lines.push(
			`${pad(String(p.rank ?? '–'), 4)} / ${pad(String(r.computed.rank), 2)}     ` +
				`${r.computed.name.padEnd(24)} ${pad(f2(p.pii), 6)} ${pad(r.computed.pii.toFixed(2), 7)}` +
				` ${pad(sign(r.dPii), 7)}   ${io}${pubIo}`
		);
	}
	if (c.regions.some((r) => r.published !== null)) {
		lines.push('region  n   published  computed   dev');
		for (const r of c.regions)
			lines.push(
				`${r.region.padEnd(6)} ${pad(String(r.n), 2)}   ${pad(f2(r.published), 9)} ` +
					`${pad(r.computed.toFixed(2), 9)} ${pad(sign(r.published === null ? null : r.computed - r.published), 6)}`
			);
	}
	const m = c.max;
	lines.push(
		`max |dev|: PII ${m.pii.toFixed(3)}, rank ${m.rank}, input/output ${m.subIndex.toFixed(3)}, ` +
			`pillar ${m.pillar.toFixed(3)}, regional average ${m.region.toFixed(3)}`
	);
	return lines.join('\n');
}
