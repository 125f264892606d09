// Renders the app icons (static/icons/*.svg) to the PNG sizes the web app manifest lists, with the
// Chromium that runs the end-to-end tests. Run once after changing an icon: node scripts/render-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const dir = new URL('../static/icons/', import.meta.url);
const targets = [
	{ svg: 'icon.svg', png: 'icon-192.png', size: 192 },
	{ svg: 'icon.svg', png: 'icon-512.png', size: 512 },
	{ svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
	{ svg: 'icon.svg', png: 'apple-touch-icon-180.png', size: 180, background: '#0b5d3b' }
];

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});
const page = await browser.newPage();
for (const t of targets) {
	const data = readFileSync(new URL(t.svg, dir)).toString('base64');
	await page.setViewportSize({ width: t.size, height: t.size });
	await page.setContent(
		`<html><body style="margin:0;background:${t.background ?? 'transparent'}">` +
			`<img src="data:image/svg+xml;base64,${data}" width="${t.size}" height="${t.size}" style="display:block"></body></html>`
	);
	await page.locator('img').evaluate((img) => img.decode());
	await page.screenshot({
		path: new URL(t.png, dir).pathname,
		omitBackground: !t.background,
		clip: { x: 0, y: 0, width: t.size, height: t.size }
	});
	console.log(`static/icons/${t.png}`);
}
await browser.close();
