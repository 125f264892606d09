// First screen journeys: the ranking computed live by the workbook, editing a raw value re-ranks.
import { expect, test, type Page } from '@playwright/test';

async function rankOf(page: Page, name: string): Promise<number> {
	const row = page
		.getByRole('table', { name: 'Xếp hạng' })
		.getByRole('row')
		.filter({
			has: page.getByRole('rowheader', { name, exact: true })
		});
	return Number(await row.getByRole('cell').first().innerText());
}

test('shows all 63 provinces ranked, labelled as illustrative data', async ({ page }) => {
	await page.goto('/');
	const table = page.getByRole('table', { name: 'Xếp hạng' });
	await expect(table.getByRole('rowheader')).toHaveCount(63);
	await expect(page.getByText(/Dữ liệu minh họa/)).toBeVisible();
	await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('1');
	await expect(page.getByText('NaN')).toHaveCount(0);
});

test('editing a raw value re-ranks the province immediately', async ({ page }) => {
	await page.goto('/');
	const before = await rankOf(page, 'Thanh Hóa');
	expect(before).toBeGreaterThan(5);
	const cell = page.getByRole('gridcell', { name: 'Thanh Hóa 6.1.1' });
	await cell.click();
	await page.keyboard.type('99999');
	await page.keyboard.press('Enter');
	await expect(cell).toHaveText('99.999');
	await expect.poll(() => rankOf(page, 'Thanh Hóa')).toBeLessThan(before);
});

test('an invalid entry is refused at the cell and the old value kept', async ({ page }) => {
	await page.goto('/');
	const cell = page.getByRole('gridcell', { name: 'Hải Phòng 1.1.1' });
	const old = await cell.innerText();
	await cell.click();
	await page.keyboard.type('abc');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('alert')).toContainText('không phải số hợp lệ');
	await page.keyboard.press('Escape');
	await expect(cell).toHaveText(old);
});

test('English via ?lang=en, and switching back keeps edits', async ({ page }) => {
	await page.goto('/?lang=en');
	await expect(page.getByRole('table', { name: 'Ranking' })).toBeVisible();
	const cell = page.getByRole('gridcell', { name: 'Hanoi 2.1.1' });
	await cell.click();
	await page.keyboard.type('7.5');
	await page.keyboard.press('Enter');
	await expect(cell).toHaveText('7.5');
	await page.getByRole('button', { name: 'Tiếng Việt' }).click();
	await expect(page.getByRole('table', { name: 'Xếp hạng' })).toBeVisible();
	await expect(page.getByRole('gridcell', { name: 'Hà Nội 2.1.1' })).toHaveText('7,5');
});
