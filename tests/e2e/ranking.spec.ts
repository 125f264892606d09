// Ranking panel journeys: sort by a column, filter by region, rank change against a pinned baseline.
import { expect, test } from '@playwright/test';

test('sorts by a pillar and filters by region', async ({ page }) => {
	await page.goto('/');
	const table = page.getByRole('table', { name: 'Xếp hạng' });
	await table.getByRole('button', { name: 'P3' }).click();
	await expect(table.getByRole('columnheader', { name: /P3/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	const p3 = await table.locator('tbody tr td:nth-child(9)').allInnerTexts();
	const values = p3.map((t) => Number(t.replace(/\./g, '').replace(',', '.')));
	expect(values).toEqual([...values].sort((a, b) => b - a));
	await page.getByRole('combobox', { name: 'Lọc theo vùng' }).selectOption({ label: 'Tây Nguyên' });
	await expect(table.getByRole('rowheader')).toHaveCount(5);
});

test('shows rank changes against the loaded state, then against a pinned baseline', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('gridcell', { name: 'Cao Bằng 1.1.1' }).click();
	await page.keyboard.type('1000000');
	await page.keyboard.press('Enter');
	const row = page
		.getByRole('table', { name: 'Xếp hạng' })
		.getByRole('row')
		.filter({
			has: page.getByRole('rowheader', { name: 'Cao Bằng' })
		});
	await expect(row.getByRole('cell').nth(1)).toHaveText(/▲\d+/);
	await page.getByRole('button', { name: 'Ghim làm mốc' }).click();
	await expect(row.getByRole('cell').nth(1)).toHaveText('=');
});

test('a glossary link beside the baseline explains the term in place', async ({ page }) => {
	await page.goto('/');
	const link = page.getByRole('button', { name: 'mốc so sánh', exact: true });
	await link.click();
	await expect(link).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('note', { name: /mốc so sánh/ })).toContainText('baseline');
});
