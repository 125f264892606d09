// The headless command as a user runs it (a child process): results on stdout, located errors
// and warnings on stderr, exit codes, never a stack trace.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIX = 'tests/fixtures/cli';
const FRAMEWORK = `${FIX}/framework.csv`;
const DATA = `${FIX}/data.csv`;

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

function spawnPii(args: string[]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(TSX, ['src/cli/pii.ts', ...args], { cwd: ROOT });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

// Each process spends most of its time starting up, so they run a few at a time: every run is
// started while the tests are collected and each test awaits its own.
const MAX_PARALLEL = 4;
let active = 0;
const waiting: (() => void)[] = [];
const runs = new Map<string, Promise<Run>>();

async function limited(args: string[]): Promise<Run> {
	if (active < MAX_PARALLEL) active++;
	else await new Promise<void>((resume) => waiting.push(resume));
	try {
		return await spawnPii(args);
	} finally {
		const next = waiting.shift();
		if (next) next();
		else active--;
	}
}

/** `pii ...args` run once as a child process (same arguments → same run). */
function pii(...args: string[]): Promise<Run> {
	const key = JSON.stringify(args);
	if (!runs.has(key)) runs.set(key, limited(args));
	return runs.get(key) as Promise<Run>;
}

function expectNoStackTrace(stderr: string) {
	expect(stderr).not.toMatch(/^\s+at /m);
	expect(stderr).not.toMatch(/Error:|node:internal/);
}

const EXPECTED_ROWS = [
	'U1,Unit one,100,100,100,1',
	'U2,"Bến Tre, ""old"" town",50,50,50,2',
	'U3,Unit three,50,50,50,2',
	'U4,Unit four,0,0,0,4',
	'U5,Unit without data,,,,',
	'U6,Unit with no z,0,0,,4'
];

describe('pii compute: valid input', () => {
	const good = pii('compute', '--framework', FRAMEWORK, '--data', DATA);
	const dir = mkdtempSync(join(tmpdir(), 'pii-cli-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const out = join(dir, 'results.csv');
	const toFile = pii('compute', `--framework=${FRAMEWORK}`, `--data=${DATA}`, '--out', out);
	const coinr = pii('compute', '--framework', `${FIX}/coinr-imeta.csv`, '--data', DATA);
	const help = pii('compute', '--help');

	it('writes only the results CSV to stdout, with competition ranks', async () => {
		const run = await good;
		expect(run.status).toBe(0);
		const lines = run.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe('code,name,R,S1,S2,rank');
		expect(lines.slice(1)).toEqual(EXPECTED_ROWS);
	});

	it('reports the unit without data and the missing branch as warning lines on stderr', async () => {
		expect((await good).stderr.trimEnd().split('\n')).toEqual([
			'warning: unit Unit without data (U5) has no data at all: no score and no rank',
			"warning: unit Unit with no z (U6) has no data in S2: that branch is left out and its siblings' weights renormalised"
		]);
	});

	it('writes the same CSV to --out and nothing to stdout', async () => {
		const r = await toFile;
		expect(r.status).toBe(0);
		expect(r.stdout).toBe('');
		expect(readFileSync(out, 'utf8')).toBe((await good).stdout);
	});

	it('accepts a COINr iMeta framework and skips its Group rows', async () => {
		const r = await coinr;
		expect(r.status).toBe(0);
		const lines = r.stdout.trimEnd().split('\n');
		// Aggregates come in the order of the framework file: S1, S2, then the root.
		expect(lines[0]).toBe('code,name,S1,S2,R,rank');
		expect(lines[2]).toBe('U2,"Bến Tre, ""old"" town",50,50,50,2');
		expect(lines[4]).toBe('U4,Unit four,0,0,0,4');
	});

	it('prints usage for --help', async () => {
		const r = await help;
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^Usage: pii compute/);
		expect(r.stderr).toBe('');
	});
});

// [fixture, located prefix after the file name, words the message must contain]
const BAD_FRAMEWORKS: [string, string, string][] = [
	['fw-duplicate-code', 'row 4, code x', 'duplicate code "x"'],
	['fw-unknown-parent', 'row 4, column parent, code y', 'unknown parent "Q"'],
	['fw-two-roots', 'row 4, code S', 'more than one root'],
	['fw-negative-weight', 'row 3, column weight, code x', 'weight -1 must be zero or positive'],
	['fw-text-weight', 'row 4, column weight, code y', 'weight "heavy" is not a number'],
	['fw-direction-2', 'row 3, column direction, code x', 'direction "2" must be 1 or -1']
];

const BAD_DATA: [string, string, string][] = [
	['data-text-value', 'row 4, column x, code U3', '"n/a" is not a number'],
	['data-duplicate-unit', 'row 5, column code, code U2', 'duplicate unit code "U2"'],
	['data-unknown-indicator', 'row 1, column w', 'unknown indicator "w"']
];

function expectLocatedError(r: Run, file: string, where: string, words: string) {
	expect(r.status).toBe(1);
	expect(r.stdout).toBe('');
	const line = r.stderr.split('\n').find((l) => l.startsWith(`error: ${file}, ${where}: `));
	expect(line, r.stderr).toBeDefined();
	expect(line).toContain(words);
	expectNoStackTrace(r.stderr);
}

describe('pii compute: invalid framework', () => {
	const withFramework = (name: string) =>
		pii('compute', '--framework', `${FIX}/${name}.csv`, '--data', DATA);
	BAD_FRAMEWORKS.forEach(([name]) => withFramework(name));
	const cycle = withFramework('fw-cycle');

	it.each(BAD_FRAMEWORKS)('%s is rejected at %s', async (name, where, words) => {
		expectLocatedError(await withFramework(name), `${FIX}/${name}.csv`, where, words);
	});

	it('rejects a cycle, naming each code on it', async () => {
		const file = `${FIX}/fw-cycle.csv`;
		const r = await cycle;
		expectLocatedError(r, file, 'row 4, column parent, code A', 'cycle');
		expectLocatedError(r, file, 'row 5, column parent, code B', 'cycle');
	});
});

describe('pii compute: invalid data', () => {
	const withData = (name: string) =>
		pii('compute', '--framework', FRAMEWORK, '--data', `${FIX}/${name}.csv`);
	BAD_DATA.forEach(([name]) => withData(name));
	const missing = withData('no-such-file');

	it.each(BAD_DATA)('%s is rejected at %s', async (name, where, words) => {
		expectLocatedError(await withData(name), `${FIX}/${name}.csv`, where, words);
	});

	it('names a missing file', async () => {
		const r = await missing;
		expect(r.status).toBe(1);
		expect(r.stderr.trimEnd()).toBe(
			`error: cannot read data file ${FIX}/no-such-file.csv: no such file`
		);
		expectNoStackTrace(r.stderr);
	});
});

const BAD_USAGE: [string[], string][] = [
	[['compute', '--frobnicate', 'x'], 'unknown option "--frobnicate"'],
	[['compute', '--data'], 'option "--data" needs a value'],
	[['compute', '--out', '--data', DATA], 'option "--out" needs a value'],
	[['compute', '--format', 'xlsx'], 'unknown format "xlsx"'],
	[['publish'], 'unknown sub-command "publish"'],
	[[], 'missing sub-command']
];

describe('pii: bad usage', () => {
	BAD_USAGE.forEach(([args]) => pii(...args));

	it.each(BAD_USAGE)('pii %j exits with 2', async (args, message) => {
		const r = await pii(...args);
		expect(r.status).toBe(2);
		expect(r.stdout).toBe('');
		expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(r.stderr).toContain(`error: ${message}`);
		expectNoStackTrace(r.stderr);
	});
});
