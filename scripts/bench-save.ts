// `tsx scripts/bench-save.ts`: builds the app, drives it in Chromium and measures (1) save latency:
// a value typed into the grid (Enter keydown) until it is durable in IndexedDB (the write
// transaction has completed; checked by reading the record back), median and p95; and (2) the
// restore time of the 63-province workbook from a cold start: a new browser process on the same
// profile, page load until the ranking shows all 63 provinces, median of several starts.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from './bench-ui/serve';
import { percentile } from './bench/timing';

const PORT = 4202;
const DIR = 'build-bench-save';
const URL = `http://127.0.0.1:${PORT}/`;
const EDITS = Number(process.env.BENCH_SAVE_EDITS ?? 40);
const STARTS = Number(process.env.BENCH_SAVE_STARTS ?? 7);
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking'
];
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function ready(page: Page) {
	await page
		.getByRole('table', { name: 'Xếp hạng' })
		.getByRole('rowheader')
		.nth(62)
		.waitFor({ timeout: 120_000 });
}

/** Edit → durable: the app announces each completed write to other tabs; this page listens too. */
async function saveLatency(page: Page): Promise<number[]> {
	await page.goto(URL);
	await ready(page);
	await page.evaluate(() => {
		const w = window as unknown as { __enter: number; __saved: number[] };
		w.__saved = [];
		new BroadcastChannel('pii-workbench-sync').onmessage = (e) => {
			if (e.data?.type === 'saved') w.__saved.push(performance.now());
		};
		document.addEventListener(
			'keydown',
			(e) => {
				if (e.key === 'Enter') w.__enter = performance.now();
			},
			{ capture: true }
		);
	});
	const times: number[] = [];
	for (let i = 0; i < EDITS; i++) {
		const value = 1000 + i;
		await page.getByRole('gridcell', { name: 'Hải Phòng 6.1.1' }).click();
		await page.keyboard.type(String(value));
		await page.keyboard.press('Enter');
		const latency = await page.evaluate(async (expected) => {
			const w = window as unknown as { __enter: number; __saved: number[] };
			const start = w.__enter;
			while (!w.__saved.some((t) => t > start)) await new Promise((r) => setTimeout(r, 2));
			const durable = w.__saved.find((t) => t > start) as number;
			// Read the stored record back: the value must be there.
			const db: IDBDatabase = await new Promise((res, rej) => {
				const r = indexedDB.open('pii-workbench');
				r.onsuccess = () => res(r.result);
				r.onerror = () => rej(r.error);
			});
			const all: { values: (number | null)[][] }[] = await new Promise((res) => {
				const r = db.transaction('scenarios').objectStore('scenarios').getAll();
				r.onsuccess = () => res(r.result);
			});
			db.close();
			if (!all.some((s) => s.values.some((row) => row.includes(expected))))
				throw new Error(`value ${expected} not found in IndexedDB`);
			return durable - start;
		}, value);
		times.push(latency);
		await page.waitForTimeout(150);
	}
	return times;
}

/**
 * Cold start: a fresh browser process on a profile that holds the workbook. With `query` (a
 * synthetic 63-unit set, never stored) the same start without reading anything from IndexedDB.
 */
async function coldRestore(query = ''): Promise<number[]> {
	const profile = mkdtempSync(join(tmpdir(), 'pii-bench-save-'));
	const times: number[] = [];
	try {
		for (let i = 0; i <= STARTS; i++) {
			const context = await chromium.launchPersistentContext(profile, {
				executablePath,
				args: ARGS,
				viewport: { width: 1366, height: 768 }
			});
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto(URL + query);
			await ready(page);
			const shown = await page.evaluate(() => performance.now());
			if (i > 0) times.push(shown);
			else if (!query) {
				// First visit: the workbook is created; edit it so that the restore has work to do.
				await page.getByRole('gridcell', { name: 'Hà Nội 1.1.1' }).click();
				await page.keyboard.type('50');
				await page.keyboard.press('Enter');
				await page.waitForTimeout(800);
			}
			await context.close();
		}
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
	return times;
}

async function main() {
	console.log('building the app…');
	execSync('npx vite build', { stdio: 'ignore', env: { ...process.env, PII_BUILD_DIR: DIR } });
	const server = await serveStatic(DIR, PORT);
	const f = (x: number) => x.toFixed(1).padStart(8);
	try {
		const browser = await chromium.launch({ executablePath, args: ARGS });
		const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
		const save = await saveLatency(page);
		await browser.close();
		const restore = await coldRestore();
		const plain = await coldRestore('?units=63');
		console.log('\nChromium headless, 63 provinces × 52 indicators; times in ms');
		console.log('                                     runs    median       p95       max');
		console.log(
			`edit (Enter) → durable in IndexedDB  ${String(save.length).padStart(4)}  ${f(percentile(save, 50))}  ${f(percentile(save, 95))}  ${f(Math.max(...save))}`
		);
		console.log(
			`cold start → ranking of 63 shown     ${String(restore.length).padStart(4)}  ${f(percentile(restore, 50))}  ${f(percentile(restore, 95))}  ${f(Math.max(...restore))}`
		);
		console.log(
			`  same start, nothing stored (?units=63) ${String(plain.length).padStart(4)}  ${f(percentile(plain, 50))}  ${f(percentile(plain, 95))}  ${f(Math.max(...plain))}`
		);
		console.log('(the save waits 200 ms after the last edit by design, then writes)');
	} finally {
		server.close();
	}
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
