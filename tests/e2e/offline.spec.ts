// Offline: after one visit the app opens and works with the network off (service worker, cache
// first); a new version announces itself and reloads only when the user agrees, work kept.
import { expect, test, type Page } from '@playwright/test';

const ranking = (page: Page) => page.getByRole('table', { name: 'Xếp hạng' });

async function ready(page: Page) {
	await expect(ranking(page).getByRole('rowheader')).toHaveCount(63);
}

async function rankOf(page: Page, name: string): Promise<number> {
	const row = ranking(page)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name, exact: true }) });
	return Number(await row.getByRole('cell').first().innerText());
}

/** First visit: wait until the service worker has cached the app and controls the page. */
async function installed(page: Page) {
	await page.goto('/');
	await ready(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after the first visit the app opens and works with the network off', async ({
	page,
	context
}) => {
	await installed(page);
	await context.setOffline(true);
	try {
		await page.reload();
		await ready(page);
		const before = await rankOf(page, 'Thanh Hóa');
		const cell = page.getByRole('gridcell', { name: 'Thanh Hóa 6.1.1' });
		await cell.click();
		await page.keyboard.type('99999');
		await page.keyboard.press('Enter');
		await expect.poll(() => rankOf(page, 'Thanh Hóa')).toBeLessThan(before);
		// A second page opened offline is served from the cache too, with the edit saved.
		const second = await context.newPage();
		await second.goto('/?lang=en');
		await expect(second.getByRole('gridcell', { name: 'Thanh Hoa 6.1.1' })).toHaveText('99,999');
	} finally {
		await context.setOffline(false);
	}
});

test('a new version announces itself and reloads only when the user agrees', async ({ page }) => {
	// A browser cannot be handed a new build here, so the service worker registration reports a
	// waiting new version (as it does after a deployment); the app's own code does the rest.
	await page.addInitScript(() => {
		const container = navigator.serviceWorker;
		const waiting = {
			state: 'installed',
			postMessage(message: { type: string }) {
				sessionStorage.setItem('test-sw-message', message.type);
				setTimeout(() => container.dispatchEvent(new Event('controllerchange')), 50);
			}
		};
		const reg = {
			waiting: sessionStorage.getItem('test-sw-message') ? null : waiting,
			installing: null,
			addEventListener: () => undefined,
			update: async () => undefined
		};
		Object.defineProperty(container, 'ready', { get: () => Promise.resolve(reg) });
		Object.defineProperty(container, 'controller', { get: () => ({}) });
	});
	await page.goto('/');
	await ready(page);
	const banner = page.getByRole('alert').filter({ hasText: 'Có phiên bản mới — tải lại?' });
	await expect(banner).toBeVisible();
	const cell = page.getByRole('gridcell', { name: 'Hải Phòng 6.1.1' });
	await cell.click();
	await page.keyboard.type('4321');
	await page.keyboard.press('Enter');
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	await banner.getByRole('button', { name: 'Để sau' }).click();
	await expect(banner).toHaveCount(0);
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
	await expect(cell).toHaveText('4.321');
	await page.reload();
	await ready(page);
	await expect(banner).toBeVisible();
	const reloaded = page.waitForEvent('load');
	await banner.getByRole('button', { name: 'Tải lại' }).click();
	await reloaded;
	await ready(page);
	expect(await page.evaluate(() => sessionStorage.getItem('test-sw-message'))).toBe('SKIP_WAITING');
	await expect(banner).toHaveCount(0);
	await expect(page.getByRole('gridcell', { name: 'Hải Phòng 6.1.1' })).toHaveText('4.321');
});
