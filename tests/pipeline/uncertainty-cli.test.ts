// `pii uncertainty` as the command runs it (in-process, as src/cli/pii.ts dispatches to it): the
// rank statistics CSV, the nominal ranks against `compute`, seed reproducibility, usage errors.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseUncertaintyArgs } from '../../src/cli/uncertainty-args';
import { uncertaintyCommand } from '../../src/cli/uncertainty';

async function uncertainty(...args: string[]) {
	let stdout = '';
	const stderr: string[] = [];
	const status = await uncertaintyCommand(args, {
		stdout: (t) => (stdout += t),
		stderr: (l) => stderr.push(l)
	});
	return { status, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'pii-uncertainty-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ALL = [
	'--weights',
	'0.2',
	'--normalisation',
	'minmax,rank',
	'--aggregation',
	'arithmetic,geometric',
	'--treatment',
	'--imputation'
];

describe('pii uncertainty', () => {
	it('writes code, name, nominal, median, p05, p95 for every province', async () => {
		const run = await uncertainty('--runs', '60', '--seed', '5', ...ALL);
		expect(run.status).toBe(0);
		const [header, ...rows] = run.stdout.trim().split('\n');
		expect(header).toBe('code,name,nominal,median,p05,p95');
		expect(rows).toHaveLength(63);
		const nominal = rows.map((r) => Number(r.split(',')[2])).sort((a, b) => a - b);
		expect(nominal[0]).toBe(1);
		for (const row of rows) {
			const [, , , median, p05, p95] = row.split(',').map(Number);
			expect(p05).toBeLessThanOrEqual(median);
			expect(median).toBeLessThanOrEqual(p95);
		}
		expect(run.stderr.join('\n')).toMatch(/60 model runs \(seed 5\)/);
	});

	it('without uncertainty every statistic is the nominal rank', async () => {
		const run = await uncertainty('--runs', '3');
		for (const row of run.stdout.trim().split('\n').slice(1)) {
			const [, , nominal, median, p05, p95] = row.split(',');
			expect([median, p05, p95]).toEqual([nominal, nominal, nominal]);
		}
	});

	it('gives the same CSV for the same seed, written to --out', async () => {
		const out = join(dir, 'ranks.csv');
		const a = await uncertainty('--runs', '40', '--seed', '9', ...ALL, '--out', out);
		expect(a.status).toBe(0);
		const b = await uncertainty('--runs', '40', '--seed', '9', ...ALL);
		expect(readFileSync(out, 'utf8')).toBe(b.stdout);
		const c = await uncertainty('--runs', '40', '--seed', '10', ...ALL);
		expect(c.stdout).not.toBe(b.stdout);
	});

	it('prints Sobol indices with --sensitivity', async () => {
		const run = await uncertainty(
			'--runs',
			'20',
			'--sensitivity',
			'--normalisation',
			'minmax,rank'
		);
		expect(run.status).toBe(0);
		expect(run.stderr.join('\n')).toMatch(/normalisation: rank shift S 100\.0%/);
	});

	it('refuses bad usage and unworkable combinations', async () => {
		expect((await uncertainty('--runs', 'x')).status).toBe(2);
		expect((await uncertainty('--normalisation', 'foo')).stderr[0]).toMatch(/unknown "foo"/);
		expect((await uncertainty('--weights', '1.5')).status).toBe(2);
		const bad = await uncertainty('--normalisation', 'zscore', '--aggregation', 'geometric');
		expect(bad.status).toBe(1);
		expect(bad.stderr[0]).toMatch(/zscore \+ geometric/);
		expect((await uncertainty('--data', join(dir, 'none.csv'))).stderr[0]).toMatch(/no such file/);
		expect(parseUncertaintyArgs(['--help']).kind).toBe('help');
	});
});
