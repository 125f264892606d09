// `npm run bench:ui`: builds the app, drives it in Chromium and measures, for real edits typed into
// the raw-data grid: (1) commit → ranking updated and laid out (the Enter keydown until the DOM is
// updated and style/layout forced), and (2) commit → the next frame after it (adds the wait for the
// display's frame, up to 16.7 ms). Prints median and p95 at 63 provinces and a synthetic 700-unit set,
// for three kinds of edit: values from 10 to 99 typed into indicators of other ranges (most set a new
// minimum or maximum, so every unit's scores and most ranks change: the target applies here); 1%
// changes inside the range (one unit's scores change); and the cell's own text typed again (the edit
// goes through the workbook but no number changes: the floor of any edit). The last two are shown
// for information.
import { execSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from './bench-ui/serve';
import { percentile } from './bench/timing';

const PORT = 4391;
const DIR = 'build-bench';
const EDITS = Number(process.env.BENCH_UI_EDITS ?? 60);

type Kind = 'extreme' | 'in-range' | 'unchanged';

/** What to type: a 10–99 value (usually a new extreme), the current value plus 1%, or the same. */
function entry(kind: Kind, i: number, current: string): string {
	if (kind === 'extreme') return String(10 + ((i * 37) % 90));
	if (kind === 'unchanged') return current;
	const value = Number(current.replace(/\./g, '').replace(',', '.'));
	return (value * 1.01).toFixed(2).replace('.', ',');
}

async function measure(
	page: Page,
	units: number,
	kind: Kind
): Promise<{ work: number[]; frame: number[] }> {
	await page.goto(`http://127.0.0.1:${PORT}/${units === 63 ? '' : `?units=${units}`}`);
	await page.getByRole('table', { name: 'Xếp hạng' }).waitFor({ timeout: 120_000 });
	await page.evaluate(() => {
		const w = window as unknown as { __paints: number[]; __work: number[] };
		w.__paints = [];
		w.__work = [];
		document.addEventListener(
			'keydown',
			(e) => {
				if (e.key !== 'Enter' || !(e.target as HTMLElement).classList.contains('cell-input'))
					return;
				const t0 = performance.now();
				setTimeout(() => {
					void document.body.getBoundingClientRect().height;
					void document.querySelector('table.ranking')?.getBoundingClientRect().height;
					w.__work.push(performance.now() - t0);
				}, 0);
				requestAnimationFrame(() => setTimeout(() => w.__paints.push(performance.now() - t0), 0));
			},
			{ capture: true }
		);
	});
	const before = await page.locator('table.ranking tbody').innerText();
	const heads = page.locator('[role=grid] [role=rowheader]');
	const names: string[] = [];
	for (let i = 0; i < Math.min(await heads.count(), 20); i++)
		names.push((await heads.nth(i).getAttribute('title')) ?? '');
	for (let i = 0; i < EDITS; i++) {
		const unit = names[(i * 7) % names.length];
		const code = ['1.1.1', '2.1.1', '3.1.1', '6.1.1', '7.2.3'][i % 5];
		const cell = page.getByRole('gridcell', { name: `${unit} ${code}` }).first();
		const current = await cell.innerText();
		await cell.click();
		await page.keyboard.type(entry(kind, i, current));
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			(n) => (window as unknown as { __paints: number[] }).__paints.length >= n,
			i + 1
		);
	}
	const after = await page.locator('table.ranking tbody').innerText();
	if (kind !== 'unchanged' && after === before)
		throw new Error('the ranking did not change: the edits were not applied');
	return page.evaluate(() => {
		const w = window as unknown as { __paints: number[]; __work: number[] };
		return { work: w.__work, frame: w.__paints };
	});
}

async function main() {
	console.log('building the app…');
	execSync('npx vite build', { stdio: 'ignore', env: { ...process.env, PII_BUILD_DIR: DIR } });
	const server = await serveStatic(DIR, PORT);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking'
		]
	});
	const rows: string[] = [];
	try {
		for (const [units, target] of [
			[63, 16],
			[700, 100]
		])
			for (const kind of ['extreme', 'in-range', 'unchanged'] as const) {
				const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
				const { work, frame } = await measure(page, units, kind);
				await page.close();
				const f = (x: number) => x.toFixed(1).padStart(9);
				const p95 = percentile(work, 95);
				const verdict =
					kind === 'extreme'
						? `p95 ≤ ${target} ms: ${p95 <= target ? 'PASS' : 'FAIL'}`
						: '(information)';
				rows.push(
					`${String(units).padStart(5)}  ${kind.padEnd(9)}  ${String(work.length).padStart(5)}  ${f(percentile(work, 50))} ${f(p95)}  ${f(percentile(frame, 50))} ${f(percentile(frame, 95))}  ${verdict}`
				);
			}
	} finally {
		await browser.close();
		server.close();
	}
	console.log(
		'\nedits typed into the grid, Chromium headless, 1366×768; times in ms from the Enter keydown'
	);
	console.log(
		'                           ranking updated + laid out   next frame after the update'
	);
	console.log(
		'units  edit       edits     median       p95      median       p95   target (updated + laid out)'
	);
	for (const r of rows) console.log(r);
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
