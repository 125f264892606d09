// Results CSV: full-precision round trip to the last bit, column order, quoting, empty cells.
import { describe, expect, it } from 'vitest';
import { compileTree } from '../model/tree';
import { seededRandom } from '../testing/fixtures';
import { readFrameworkCsv } from './csv';
import { formatFullPrecision, resultsCsv } from './results-csv';

/** Deterministic random doubles over the whole finite range, from random bit patterns. */
function randomDoubles(count: number, seed: number): number[] {
	const rnd = seededRandom(seed);
	const word = () => Math.floor(rnd() * 2 ** 32);
	const view = new DataView(new ArrayBuffer(8));
	const out: number[] = [];
	while (out.length < count) {
		view.setUint32(0, word());
		view.setUint32(4, word());
		const x = view.getFloat64(0);
		if (Number.isFinite(x) && !Object.is(x, -0)) out.push(x);
	}
	return out;
}

function bits(x: number): bigint {
	const view = new DataView(new ArrayBuffer(8));
	view.setFloat64(0, x);
	return view.getBigUint64(0);
}

describe('formatFullPrecision', () => {
	it('round-trips every double to the identical bit pattern', () => {
		const scoreLike = randomDoubles(20_000, 7).map((x) => Math.abs(x % 100));
		const samples = [
			...randomDoubles(20_000, 42),
			...scoreLike,
			0,
			100,
			0.1 + 0.2,
			100 / 3,
			52.32 - 1e-14,
			Number.MIN_VALUE,
			Number.MAX_VALUE,
			-Number.MIN_VALUE,
			1e-7,
			1e21
		];
		for (const x of samples) {
			const text = formatFullPrecision(x);
			expect(bits(Number(text)), `${x} written as ${text}`).toBe(bits(x));
		}
	});

	it('keeps the 17th digit when it matters and drops zero padding', () => {
		expect(formatFullPrecision(0.1 + 0.2)).toBe('0.30000000000000004');
		expect(Number((0.1 + 0.2).toPrecision(16))).not.toBe(0.1 + 0.2);
		expect(formatFullPrecision(100 / 3)).toBe('33.333333333333336');
		expect(formatFullPrecision(50)).toBe('50');
		expect(formatFullPrecision(12.5)).toBe('12.5');
		expect(formatFullPrecision(0)).toBe('0');
		expect(formatFullPrecision(-0)).toBe('0');
		expect(formatFullPrecision(1e-7)).toBe('9.9999999999999995e-8');
		expect(formatFullPrecision(NaN)).toBe('');
	});
});

describe('resultsCsv', () => {
	// File order lists both sub-indices before the pillar, so it differs from depth-first order
	// (ROOT, A, PA, a1, a2, B, b1).
	const fw = readFrameworkCsv(
		[
			'code,parent,name_en,weight,direction',
			'ROOT,,Index,1,',
			'A,ROOT,Sub A,1,',
			'B,ROOT,Sub B,1,',
			'PA,A,Pillar PA,1,',
			'a1,PA,ind a1,1,1',
			'a2,PA,ind a2,1,1',
			'b1,B,ind b1,1,-1'
		].join('\n')
	);
	if (!fw.ok) throw new Error('fixture framework is invalid');
	const tree = compileTree(fw.value);
	const score = (values: number[]) => Float64Array.from(values);
	const scores = tree.nodes.map(() => score([NaN, NaN, NaN]));
	scores[tree.indexOf.get('ROOT') as number] = score([100 / 3, 0.1 + 0.2, NaN]);
	scores[tree.indexOf.get('A') as number] = score([50, NaN, NaN]);
	scores[tree.indexOf.get('B') as number] = score([12.5, 0, NaN]);
	scores[tree.indexOf.get('PA') as number] = score([1, 2, NaN]);
	const csv = resultsCsv({
		framework: fw.value,
		tree,
		units: [
			{ code: '01', name: 'Hà Nội' },
			{ code: '02', name: 'Town, "Old" quarter' },
			{ code: '03', name: 'Empty' }
		],
		scores,
		ranks: Int32Array.from([1, 2, 0])
	});

	it('writes aggregates in framework order with full precision', () => {
		const lines = csv.split('\n');
		expect(lines[0]).toBe('code,name,ROOT,A,B,PA,rank');
		expect(lines[1]).toBe('01,Hà Nội,33.333333333333336,50,12.5,1,1');
		expect(lines[3]).toBe('03,Empty,,,,,');
		expect(lines[4]).toBe('');
		expect(lines).toHaveLength(5);
	});

	it('quotes names with commas and quotes', () => {
		expect(csv.split('\n')[2]).toBe('02,"Town, ""Old"" quarter",0.30000000000000004,,0,2,2');
	});
});
