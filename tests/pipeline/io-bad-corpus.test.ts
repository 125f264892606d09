// The bad-input corpus (tests/fixtures/bad, expected.json): every file is refused with its expected
// message, row and column — or, for warnings, accepted — and a refused import leaves the model's Data
// sheet bit-identical. The 50 MB file is written at test time.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/lib/commands/commands';
import { describeImportIssue, type ImportIssue } from '../../src/lib/io/import-issues';
import { analyseImport, type ImportOptions } from '../../src/lib/io/read-data';
import { ModelWorkbook } from '../../src/lib/workbook/workbook';
import { dataSnapshot, piiTarget, piiWorkbook } from './io-support';

const DIR = fileURLToPath(new URL('../fixtures/bad/', import.meta.url));

interface Expected {
	code: string;
	row?: number;
	col?: string;
	text?: string;
	accepted?: boolean;
	generated?: boolean;
	options?: ImportOptions;
	why: string;
}

const expected: Record<string, Expected> = JSON.parse(
	readFileSync(join(DIR, 'expected.json'), 'utf8')
);
const tmp = mkdtempSync(join(tmpdir(), 'pii-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** 50 MB of well-formed rows: refused for its size alone. */
function bigFile(): Uint8Array {
	const row = '01;Hà Nội;44,54;7,92\r\n';
	const path = join(tmp, 'big-50mb.csv');
	writeFileSync(
		path,
		`code;name;1.1.1;1.1.2\r\n${row.repeat(Math.ceil((50 * 2 ** 20) / row.length))}`
	);
	return readFileSync(path);
}

const wb: ModelWorkbook = piiWorkbook();
afterAll(() => wb.destroy());

describe('bad-input corpus', () => {
	it('holds at least 40 files, each with its expected message', () => {
		const files = readdirSync(DIR).filter((f) => f !== 'expected.json' && f !== 'README.md');
		const listed = Object.entries(expected).filter(([, e]) => !e.generated);
		expect(files.length).toBeGreaterThanOrEqual(40);
		expect(files.sort()).toEqual(listed.map(([f]) => f).sort());
	});

	for (const [file, exp] of Object.entries(expected)) {
		it(`${file}: ${exp.why}`, async () => {
			const bytes = exp.generated ? bigFile() : readFileSync(join(DIR, file));
			const before = dataSnapshot(wb);
			const a = await analyseImport(bytes, piiTarget(wb), exp.options ?? {});
			const all = a.issues.map((i) => `${i.code}@${i.row}${i.col ?? ''}`).join(', ');
			if (exp.code === 'needs-decimal') {
				expect(a.status).toBe('needs-decimal');
				if (a.status === 'needs-decimal')
					expect(a.example).toMatchObject({ row: exp.row, col: exp.col });
			} else if (exp.code === 'needs-edition') {
				expect(a.status).toBe('needs-edition');
			} else {
				const hit = a.issues.find(
					(i: ImportIssue) =>
						i.code === exp.code &&
						(exp.row === undefined || i.row === exp.row) &&
						(exp.col === undefined || i.col === exp.col)
				);
				expect(hit, `found: ${all}`).toBeDefined();
				const h = hit as ImportIssue;
				if (exp.text !== undefined) expect(h.params?.text).toBe(exp.text);
				expect(h.severity).toBe(exp.accepted ? 'warning' : 'error');
				expect(a.status).toBe(exp.accepted ? 'ready' : 'refused');
				expect(describeImportIssue(h)).not.toMatch(/\{\w+\}/);
			}
			if (a.status === 'ready') {
				applyCommand(wb, { type: 'setValues', edits: a.plan.edits });
				expect(dataSnapshot(wb)).not.toEqual(before);
				wb.undo();
			}
			expect(dataSnapshot(wb)).toEqual(before);
		});
	}
});
