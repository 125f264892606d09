import { describe, expect, it } from 'vitest';
import { EXIT_USAGE, runSubCommand } from './sub-command';

function io() {
	const out: string[] = [];
	const err: string[] = [];
	return {
		out,
		err,
		io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }
	};
}

describe('runSubCommand', () => {
	const run = async (n: number) => n * 10;

	it('prints the usage for --help and exits 0 without running', async () => {
		const t = io();
		expect(await runSubCommand('plan', 'USAGE', { kind: 'help' }, t.io, run)).toBe(0);
		expect(t.out).toEqual(['USAGE\n']);
		expect(t.err).toEqual([]);
	});

	it('names the sub-command in a usage error and exits with the usage code', async () => {
		const t = io();
		const parsed = { kind: 'usage-error' as const, message: 'bad --unit' };
		expect(await runSubCommand('uncertainty', 'U', parsed, t.io, run)).toBe(EXIT_USAGE);
		expect(t.err).toEqual(['error: bad --unit (run "pii uncertainty --help" for usage)']);
		expect(t.out).toEqual([]);
	});

	it('runs with the parsed options and returns their exit code', async () => {
		const t = io();
		expect(await runSubCommand('plan', 'U', { kind: 'plan', options: 3 }, t.io, run)).toBe(30);
	});
});
