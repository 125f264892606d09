// Golden files: results CSVs computed through the command's module, compared with numbers rounded
// to 9 decimals. The small golden is written by hand; the PII golden guards against regressions.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA, computeResultsCsv, runCompute } from '../../src/cli/compute';
import { parseCsvText } from '../../src/lib/io/csv';

const path = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const read = (p: string) => readFileSync(path(p), 'utf8');

/** Cells of a results CSV with scores rounded to 9 decimals (code and name unchanged). */
function rounded(csv: string): string[][] {
	const { headers, rows } = parseCsvText(csv);
	const round = (cell: string, column: number) =>
		column < 2 || cell === '' ? cell : String(Number(Number(cell).toFixed(9)));
	return [headers, ...rows.map((r) => r.map(round))];
}

describe('small index (6 units, 2 aggregation levels)', async () => {
	const outcome = await computeResultsCsv(
		read('fixtures/cli/golden-framework.csv'),
		read('fixtures/cli/golden-data.csv'),
		{ framework: 'golden-framework.csv', data: 'golden-data.csv' }
	);
	if (!outcome.ok) throw new Error(outcome.errors.join('\n'));

	it('matches the hand-computed golden file', () => {
		expect(rounded(outcome.csv)).toEqual(rounded(read('golden/small-index.csv')));
	});

	it('agrees with arithmetic done by hand', () => {
		// Min-max: a1 spans 0–50, U2 has 10 → 20; a2 (lower is better) spans 10–50, U2 has 20 →
		// 100·(50−20)/40 = 75; a3 is constant and left out, so A(U2) = (20 + 75)/2 = 47.5.
		// b1 spans 1–9, U3 has 3 → 25; U3 has no b2, so B(U3) = 25 (weights renormalised).
		// U1: A = (0 + 100)/2 = 50, B = 0 → IDX = (2·50 + 1·0)/3 = 33.33…
		const rows = parseCsvText(outcome.csv).rows;
		const cell = (unit: string, column: number) =>
			Number(rows.find((r) => r[0] === unit)?.[column]);
		expect(cell('U2', 3)).toBe(47.5);
		expect(cell('U3', 4)).toBe(25);
		expect(cell('U1', 2)).toBeCloseTo(100 / 3, 12);
		expect(rows.map((r) => r[5])).toEqual(['6', '4', '5', '3', '2', '1']);
	});

	it('warns about the constant indicator', () => {
		expect(outcome.warnings).toEqual([
			'warning: indicator a3 has the same value (7) for every unit: it cannot be normalised and is left out of the aggregation'
		]);
	});
});

// Regenerate after an intended change to the data or the method:
//   UPDATE_GOLDEN=1 npx vitest run tests/pipeline/golden.test.ts
describe.skipIf(!existsSync(DEFAULT_DATA))('full PII on illustrative-2023.csv', () => {
	it('matches the golden file', async () => {
		let csv = '';
		const errors: string[] = [];
		const code = await runCompute({}, { stdout: (t) => (csv += t), stderr: (l) => errors.push(l) });
		expect(code, errors.join('\n')).toBe(0);
		expect(errors.filter((l) => l.startsWith('error:'))).toEqual([]);
		const golden = 'golden/pii-illustrative-2023.csv';
		if (process.env.UPDATE_GOLDEN) {
			const [fields, ...data] = rounded(csv);
			writeFileSync(path(golden), `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`);
		}
		expect(rounded(csv)).toEqual(rounded(read(golden)));
	});
});
