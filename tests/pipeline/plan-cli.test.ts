// `pii plan` as the command runs it (in-process, same entry as src/cli/pii.ts dispatches to):
// targets CSV, the rank reached as recomputed in the workbook, exit codes and usage errors.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planCommand } from '../../src/cli/plan';

async function plan(...args: string[]) {
	let stdout = '';
	const stderr: string[] = [];
	const status = await planCommand(args, {
		stdout: (t) => (stdout += t),
		stderr: (l) => stderr.push(l)
	});
	return { status, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'pii-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pii plan', () => {
	it('writes the targets CSV and the rank reached, recomputed in the workbook', async () => {
		const run = await plan('--unit', '40', '--rank', '10');
		expect(run.status).toBe(0);
		const [header, ...rows] = run.stdout.trim().split('\n');
		expect(header).toBe('indicator,current,target,gain');
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			const [code, current, target, gain] = row.split(',');
			expect(code).toMatch(/^\d\.\d\.\d$/);
			expect(Number(target)).toBeGreaterThan(Number(current));
			expect(Number(gain)).toBeGreaterThanOrEqual(0);
		}
		expect(run.stderr.at(-1)).toMatch(
			/^rank reached: rank ([1-9]|10) of 63 \(PII \d+\.\d\d\), recomputed in the workbook$/
		);
	});

	it('frozen bounds to a file: the summary goes to stdout and says the plan is exact', async () => {
		const out = join(dir, 'targets.csv');
		const run = await plan('--unit', '31', '--rank', '2', '--mode', 'frozen', '--out', out);
		expect(run.status).toBe(0);
		expect(readFileSync(out, 'utf8')).toMatch(/^indicator,current,target,gain\n/);
		expect(run.stdout).toContain('least effort (exact)');
		expect(run.stdout).toMatch(/rank reached: rank [12] of 63/);
	});

	it('says so, with exit code 3, when the goal is out of reach under the caps', async () => {
		const run = await plan('--unit', '04', '--overtake', '01', '--growth', '50');
		expect(run.status).toBe(3);
		expect(run.stderr.at(-1)).toMatch(/^goal not reachable under the caps/);
	});

	it('refuses bad usage with exit code 2 and a missing unit with exit code 1', async () => {
		expect((await plan('--unit', '40')).status).toBe(2);
		expect((await plan('--unit', '40', '--rank', '2', '--score', '50')).status).toBe(2);
		expect((await plan('--unit', '40', '--rank', '0')).stderr[0]).toMatch(/whole number/);
		expect((await plan('--unit', '40', '--rank', '3', '--mode', 'odd')).status).toBe(2);
		const missing = await plan('--unit', '99', '--rank', '3');
		expect(missing.status).toBe(1);
		expect(missing.stderr).toEqual([expect.stringMatching(/no unit "99"/)]);
		expect((await plan('--help')).stdout).toContain('Usage: pii plan');
	});
});
