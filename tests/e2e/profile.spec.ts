// Province profile journeys: choose a province, read its profile, see it follow an edit; English.
import { expect, test, type Page } from '@playwright/test';

async function rankInTable(page: Page, name: string): Promise<number> {
	const row = page
		.getByRole('table', { name: 'Xếp hạng' })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name, exact: true }) });
	return Number(await row.getByRole('cell').first().innerText());
}

async function openProfile(page: Page, province: string, en = false) {
	await page
		.getByLabel(en ? 'Selected province' : 'Tỉnh/thành đang chọn')
		.selectOption({ label: province });
	await page.getByRole('tab', { name: en ? 'Province profile' : 'Hồ sơ tỉnh' }).click();
}

test('profile of the chosen province: rank as in the ranking, strengths, all indicators', async ({
	page
}) => {
	await page.goto('/');
	await openProfile(page, 'Nghệ An (40)');
	await expect(page.getByRole('heading', { name: 'Hồ sơ Nghệ An' })).toBeVisible();

	const rank = await rankInTable(page, 'Nghệ An');
	await expect(page.getByTestId('profile-rank-pii')).toHaveText(`Hạng ${rank}/63`);
	await expect(
		page.getByRole('button', { name: /^Giải thích điểm PII của Nghệ An: \d+,\d\d$/ })
	).toBeVisible();

	await expect(
		page.getByRole('list', { name: '5 chỉ số mạnh nhất' }).getByRole('listitem')
	).toHaveCount(5);
	await expect(
		page.getByRole('list', { name: '5 chỉ số yếu nhất' }).getByRole('listitem')
	).toHaveCount(5);

	const chart = page.getByRole('img', { name: /Điểm trụ cột và nhóm trụ cột của Nghệ An/ });
	await expect(chart).toBeVisible();
	const pillars = page.getByRole('table', { name: 'Điểm trụ cột và nhóm trụ cột' });
	await expect(pillars.getByRole('rowheader')).toHaveCount(7 + 16);

	const indicators = page.getByRole('table', { name: 'Tất cả 52 chỉ số' });
	await expect(indicators.getByRole('rowheader')).toHaveCount(52);
	await expect(page.getByText('NaN')).toHaveCount(0);
	// Units in Vietnamese; the table fits its box at 1366 px (the lead department is not cut).
	const par = indicators
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: '1.2.3', exact: true }) });
	await expect(par.getByRole('cell').nth(2)).toHaveText('Chỉ số PAR (%)');
	expect(await indicators.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth)).toBe(0);
});

test('the indicator table sorts by rank, and the strongest list matches its top', async ({
	page
}) => {
	await page.goto('/');
	await openProfile(page, 'Hải Phòng (31)');
	const table = page.getByRole('table', { name: 'Tất cả 52 chỉ số' });
	const rankHeader = table.getByRole('columnheader', { name: 'Hạng' });
	await expect(rankHeader).toHaveAttribute('aria-sort', 'none');
	await rankHeader.getByRole('button').click();
	await expect(rankHeader).toHaveAttribute('aria-sort', 'ascending');

	const rankCells = table.locator('tbody tr td.rank');
	const ranks = (await rankCells.allInnerTexts()).map((t) => Number(t.split('/')[0]) || Infinity);
	expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	const strongest = page.getByRole('list', { name: '5 chỉ số mạnh nhất' }).getByRole('listitem');
	const bestRank = Number((await strongest.first().innerText()).split('/')[0]);
	expect(bestRank).toBe(ranks[0]);

	await rankHeader.getByRole('button').click();
	await expect(rankHeader).toHaveAttribute('aria-sort', 'descending');
	const worst = Number((await rankCells.first().innerText()).split('/')[0]);
	const weakest = page.getByRole('list', { name: '5 chỉ số yếu nhất' }).getByRole('listitem');
	expect(Number((await weakest.first().innerText()).split('/')[0])).toBe(worst);
});

test('an edit in the spreadsheet shows at once in the profile', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Tỉnh/thành đang chọn').selectOption({ label: 'Thanh Hóa (38)' });
	const cell = page.getByRole('gridcell', { name: 'Thanh Hóa 6.1.1' });
	await cell.click();
	await page.keyboard.type('99999');
	await page.keyboard.press('Enter');
	await expect(cell).toHaveText('99.999');

	await page.getByRole('tab', { name: 'Hồ sơ tỉnh' }).click();
	const row = page
		.getByRole('table', { name: 'Tất cả 52 chỉ số' })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: '6.1.1', exact: true }) });
	await expect(row.getByRole('cell').nth(1)).toHaveText('99.999');
	await expect(row.getByRole('cell').nth(4)).toHaveText('1/63');
	await expect(row.getByRole('button', { name: /6\.1\.1 của Thanh Hóa: 100,0$/ })).toBeVisible();
	const rank = await rankInTable(page, 'Thanh Hóa');
	await expect(page.getByTestId('profile-rank-pii')).toHaveText(`Hạng ${rank}/63`);

	await page.getByRole('button', { name: /Hoàn tác/ }).click();
	await expect(row.getByRole('cell').nth(1)).not.toHaveText('99.999');
});

test('the profile in English via ?lang=en', async ({ page }) => {
	await page.goto('/?lang=en');
	await openProfile(page, 'Hanoi (01)', true);
	await expect(page.getByRole('heading', { name: 'Profile of Hanoi' })).toBeVisible();
	await expect(page.getByTestId('profile-rank-pii')).toHaveText(/^Rank \d+ of 63$/);
	await expect(
		page.getByRole('list', { name: '5 strongest indicators' }).getByRole('listitem')
	).toHaveCount(5);
	await expect(
		page.getByRole('list', { name: '5 weakest indicators' }).getByRole('listitem')
	).toHaveCount(5);
	const table = page.getByRole('table', { name: 'All 52 indicators' });
	await expect(table.getByRole('columnheader', { name: 'Lead department' })).toBeVisible();
	// The framework's Vietnamese department names are shown in English.
	const coLead = table
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: '1.1.2', exact: true }) });
	await expect(coLead.getByRole('cell').last()).toHaveText(
		'Department of Justice; City Police; Civil Judgment Enforcement Department'
	);
	await expect(
		page.getByRole('button', { name: /^Explain the PII score of Hanoi: \d+\.\d\d$/ })
	).toBeVisible();
});
