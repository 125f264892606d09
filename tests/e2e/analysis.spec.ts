// Analysis journeys in the methods view: an uncertainty analysis with few runs shows its chart and
// table; a long one can be cancelled; the leave-one-out table sorts; the diagnostics heatmap renders;
// the method comparison shows shifts and a slope chart.
import { expect, test, type Page } from '@playwright/test';

async function openSection(page: Page, section: string, lang: 'vi' | 'en' = 'en') {
	await page.goto(lang === 'en' ? '/?lang=en' : '/');
	await page
		.getByRole('tab', { name: lang === 'en' ? 'Methods' : 'Phương pháp', exact: true })
		.click();
	await page.getByRole('tab', { name: section, exact: true }).click();
}

test('an uncertainty analysis with few runs shows the rank intervals and statistics', async ({
	page
}) => {
	await openSection(page, 'Uncertainty & sensitivity');
	await page.getByLabel('Runs').fill('40');
	await page.getByLabel('Estimate Sobol sensitivity indices').check();
	await page.getByRole('button', { name: 'Run analysis' }).click();
	const table = page.getByRole('table', { name: 'Rank statistics over the runs' });
	await expect(table.locator('tbody tr')).toHaveCount(63);
	await expect(page.getByRole('img', { name: /Rank intervals \(5–95%\)/ })).toBeVisible();
	await expect(page.getByRole('table', { name: /Sensitivity indices/ })).toContainText('Weights');
	await expect(page.getByText(/280 runs in/)).toBeVisible();
	await expect(page.getByRole('button', { name: /Rank intervals.*SVG/ })).toBeVisible();
});

test('a long uncertainty analysis can be cancelled while the page stays responsive', async ({
	page
}) => {
	await openSection(page, 'Bất định & độ nhạy', 'vi');
	await page.getByLabel('Số lượt chạy').fill('100000');
	await page.getByRole('button', { name: 'Chạy phân tích' }).click();
	const bar = page.getByRole('progressbar', { name: 'Tiến độ phân tích' });
	await expect(bar).toBeVisible();
	await expect.poll(async () => Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
	// the main thread answers while the worker runs
	await page.getByRole('tab', { name: 'Chẩn đoán', exact: true }).focus();
	await page.getByRole('button', { name: 'Hủy' }).click();
	await expect(page.getByText('Đã hủy phân tích.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Chạy phân tích' })).toBeEnabled();
	await expect(page.getByRole('table', { name: 'Thống kê hạng qua các lượt chạy' })).toHaveCount(0);
});

test('leaving out each indicator gives a sortable table of rank changes', async ({ page }) => {
	await openSection(page, 'Leave one out');
	const table = page.getByRole('table', { name: 'Rank changes when leaving out each element' });
	await expect(table.locator('tbody tr')).toHaveCount(52);
	const means = async () =>
		(await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(Number);
	const desc = await means();
	expect(desc).toEqual([...desc].sort((a, b) => b - a));
	await table.getByRole('button', { name: /Mean rank change/ }).click();
	const asc = await means();
	expect(asc).toEqual([...asc].sort((a, b) => a - b));
	await page.getByLabel('Leave out each').selectOption({ label: 'Pillars' });
	await expect(table.locator('tbody tr')).toHaveCount(7);
});

test('diagnostics show statistics, alpha per pillar and the correlation heatmap', async ({
	page
}) => {
	await openSection(page, 'Diagnostics');
	await expect(
		page.getByRole('table', { name: 'Indicator statistics' }).locator('tbody tr')
	).toHaveCount(52);
	await expect(page.getByRole('table', { name: 'Pillars' }).locator('tbody tr')).toHaveCount(7);
	const heatmap = page.getByRole('img', { name: /Correlation matrix of the indicators/ });
	await expect(heatmap).toBeVisible();
	await expect(heatmap.locator('rect')).toHaveCount(52 * 52);
});

test('comparing with z-scores shows rank shifts and a slope chart', async ({ page }) => {
	await openSection(page, 'Compare methods');
	const table = page.getByRole('table', { name: 'Rank changes between the two configurations' });
	await expect(table.locator('tbody tr')).toHaveCount(63);
	await expect(page.getByText(/Mean rank change [\d.]+ places/)).toBeVisible();
	const slope = page.getByRole('img', { name: /Ranks: alternative/ });
	await expect(slope).toBeVisible();
	// Its two axes are named for the two rankings it joins, not "baseline" and "now".
	await expect(slope.locator('text.head')).toHaveText(['Alternative rank', 'Current rank']);
	await page.getByLabel('Normalisation').selectOption('');
	await page.getByLabel('Weights').selectOption('current');
	await expect(page.getByText(/Mean rank change 0.00 places; 0 provinces/)).toBeVisible();
});
