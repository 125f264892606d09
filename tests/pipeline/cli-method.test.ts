// The headless command with method settings (--method FILE) and stage output (--stage): results
// under other methods, every stage, and bad method files refused with located one-line messages.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FRAMEWORK = 'tests/fixtures/cli/framework.csv';
const DATA = 'tests/fixtures/cli/data.csv';
const FIX = 'tests/fixtures/methods';

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

// A few processes at a time: each spends most of its time starting up.
let active = 0;
const waiting: (() => void)[] = [];

async function pii(...args: string[]): Promise<Run> {
	if (active < 3) active++;
	else await new Promise<void>((resume) => waiting.push(resume));
	try {
		return await new Promise<Run>((resolve, reject) => {
			const child = spawn(TSX, ['src/cli/pii.ts', ...args], { cwd: ROOT });
			let stdout = '';
			let stderr = '';
			child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
			child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
			child.on('error', reject);
			child.on('close', (status) => resolve({ status, stdout, stderr }));
		});
	} finally {
		const next = waiting.shift();
		if (next) next();
		else active--;
	}
}

const compute = (...args: string[]) => pii('compute', '--framework', FRAMEWORK, ...args);
const lines = (r: Run) => r.stdout.trimEnd().split('\n');

function expectRefused(r: Run, file: string, message: string) {
	expect(r.status).toBe(1);
	expect(r.stdout).toBe('');
	const line = r.stderr.split('\n').find((l) => l.startsWith(`error: ${file}: `));
	expect(line, r.stderr).toBeDefined();
	expect(line).toContain(message);
	expect(r.stderr).not.toMatch(/^\s+at /m);
	expect(r.stderr).not.toMatch(/Error:|node:internal/);
}

describe('pii compute --method', () => {
	const plain = compute('--data', DATA);
	const published = compute('--data', DATA, '--method', `${FIX}/published.json`);
	const zscore = compute('--data', DATA, '--method', `${FIX}/zscore.json`);
	const geometric = compute('--data', DATA, '--method', `${FIX}/geometric.json`);
	const perCapita = compute(
		'--data',
		`${FIX}/data-pop.csv`,
		'--method',
		`${FIX}/denominators.json`
	);

	it('an empty settings file is the published method: identical output', async () => {
		expect((await published).stdout).toBe((await plain).stdout);
		expect((await published).status).toBe(0);
	});

	it('z-scores change the scores, not the columns', async () => {
		const r = await zscore;
		expect(r.status).toBe(0);
		expect(lines(r)[0]).toBe('code,name,R,S1,S2,rank');
		expect(lines(r)[1]).toMatch(
			/^U1,Unit one,1\.16009499320096\d*,1\.0954451150103321,1\.2247448713915889,1$/
		);
	});

	it('a geometric mean over min-max [1, 100]', async () => {
		const r = await geometric;
		expect(r.status).toBe(0);
		// U4 is lowest on every indicator: 1 everywhere
		expect(lines(r)[4]).toBe('U4,Unit four,1,1,1,4');
	});

	it('divides by a denominator column declared by the settings, and imputes the mean', async () => {
		const r = await perCapita;
		expect(r.status, r.stderr).toBe(0);
		expect(lines(r)[0]).toBe('code,name,R,S1,S2,rank');
		expect(lines(r).slice(1, 3)).toEqual(['U1,Unit one,100,100,100,1', 'U2,Unit two,35,20,50,4']);
	});
});

describe('pii compute --stage', () => {
	const stage = (s: string) =>
		compute('--data', `${FIX}/data-pop.csv`, '--method', `${FIX}/denominators.json`, '--stage', s);
	const treated = stage('treated');
	const normalised = stage('normalised');
	const aggregated = stage('aggregated');
	const badStage = compute('--stage', 'raw');

	it('treated: the values the normalisation reads (x per head; missing values imputed)', async () => {
		const r = await treated;
		expect(r.status).toBe(0);
		expect(lines(r)).toEqual([
			'code,name,x,y,z',
			'U1,Unit one,5,4,1',
			'U2,Unit two,2,0,2',
			'U3,Unit three,0,4,2',
			'U4,Unit four,0,0,3',
			// U5's population is 0: x per head is missing and imputed with the mean, as are y and z
			'U5,Unit five,1.8,1.6000000000000001,2',
			'U6,Unit six,2,0,2'
		]);
	});

	it('normalised: indicator scores', async () => {
		expect(lines(await normalised).slice(0, 3)).toEqual([
			'code,name,x,y,z',
			'U1,Unit one,100,100,100',
			'U2,Unit two,40,0,50'
		]);
	});

	it('aggregated: every aggregate score, no rank', async () => {
		expect(lines(await aggregated).slice(0, 2)).toEqual([
			'code,name,R,S1,S2',
			'U1,Unit one,100,100,100'
		]);
	});

	it('an unknown stage is bad usage (exit 2)', async () => {
		const r = await badStage;
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('unknown stage "raw" (supported: treated, normalised, aggregated)');
	});
});

// [fixture, words the located message must contain]
const BAD_METHODS: [string, string][] = [
	[
		'bad-unknown-method',
		'normalisation.method: unknown "minmaxx" (expected one of: minmax, goalposts, zscore, rank, percentile)'
	],
	['bad-syntax', 'not valid JSON (line 4, column 3)'],
	[
		'bad-harmonic',
		'aggregation.method: the harmonic mean is refused at level 2: x (under S1) can be 0; normalise by min-max to [1, 100]'
	],
	['bad-code', 'treatment.skewness: -1 is not above 0']
];

describe('pii compute: bad method files', () => {
	const runs = new Map(
		BAD_METHODS.map(([name]) => [name, compute('--data', DATA, '--method', `${FIX}/${name}.json`)])
	);
	const missingColumn = compute('--data', DATA, '--method', `${FIX}/bad-denominator.json`);
	const noFile = compute('--data', DATA, '--method', `${FIX}/no-such-file.json`);

	it.each(BAD_METHODS)('%s is refused: %s', async (name, message) => {
		expectRefused(await (runs.get(name) as Promise<Run>), `${FIX}/${name}.json`, message);
	});

	it('a denominator column the data lacks is named in the data file', async () => {
		expectRefused(
			await missingColumn,
			`${DATA}, row 1, column grdp`,
			'no column "grdp" (declared as a denominator)'
		);
	});

	it('names a missing method file', async () => {
		const r = await noFile;
		expect(r.status).toBe(1);
		expect(r.stderr.trimEnd()).toBe(
			`error: cannot read method file ${FIX}/no-such-file.json: no such file`
		);
	});
});
