// Methods journeys: a normalisation change re-ranks as one undo step, a harmonic mean over 0–100
// scores is refused with the reason and a one-click fix, the outlier treatment shows what it did per
// indicator, reset restores the published method in one step, per-indicator overrides in English.
import { expect, test, type Page } from '@playwright/test';

function ranking(page: Page, name = 'Xếp hạng'): Promise<string[]> {
	return page.getByRole('table', { name, exact: true }).locator('tbody tr').allInnerTexts();
}

async function openMethods(page: Page, lang: 'vi' | 'en' = 'vi') {
	await page.goto(lang === 'en' ? '/?lang=en' : '/');
	await page
		.getByRole('tab', { name: lang === 'en' ? 'Methods' : 'Phương pháp', exact: true })
		.click();
	await expect(
		page.getByText(
			lang === 'en' ? 'Using the published PII method.' : 'Đang dùng phương pháp PII đã công bố.'
		)
	).toBeVisible();
}

const undo = (page: Page) => page.getByRole('button', { name: /Hoàn tác/ });

test('choosing z-scores re-ranks the provinces, and Undo restores the PII method', async ({
	page
}) => {
	await openMethods(page);
	const before = await ranking(page);
	await page.getByLabel('Chuẩn hóa', { exact: true }).selectOption('zscore');
	await expect(page.getByText('Khác phương pháp PII đã công bố ở: chuẩn hóa.')).toBeVisible();
	await expect.poll(() => ranking(page)).not.toEqual(before);
	await expect(page.getByLabel('Chuẩn hóa của 1.1.1', { exact: true })).toHaveValue('');

	await undo(page).click();
	await expect(page.getByText('Đang dùng phương pháp PII đã công bố.')).toBeVisible();
	await expect.poll(() => ranking(page)).toEqual(before);
	await expect(page.getByLabel('Chuẩn hóa', { exact: true })).toHaveValue('minmax');
	await expect(undo(page)).toBeDisabled();
});

test('a harmonic mean over scores that can be 0 is refused, with a fix on the 1–100 scale', async ({
	page
}) => {
	await openMethods(page);
	const before = await ranking(page);
	const pillars = page.getByLabel('Tổng hợp – Trụ cột', { exact: true });
	await pillars.selectOption('harmonic');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(
		'Không thể dùng trung bình điều hòa cho cấp Trụ cột: 1.1 có thể bằng 0'
	);
	await expect(pillars).toHaveValue('arithmetic');
	await expect(undo(page)).toBeDisabled();
	expect(await ranking(page)).toEqual(before);

	await alert.getByRole('button', { name: 'Dùng thang 1–100' }).click();
	await expect(
		page.getByText('Khác phương pháp PII đã công bố ở: chuẩn hóa, tổng hợp.')
	).toBeVisible();
	await expect(pillars).toHaveValue('harmonic');
	await expect(page.getByLabel('Thang điểm', { exact: true })).toHaveValue('1');
	await expect(alert).toHaveCount(0);
	await expect.poll(() => ranking(page)).not.toEqual(before);
});

test('the outlier treatment shows what it did per indicator; reset is one undo step', async ({
	page
}) => {
	await openMethods(page);
	const before = await ranking(page);
	await page.getByLabel('Xử lý ngoại lai', { exact: true }).selectOption('gii');
	await expect(page.getByText('11 chỉ số có ngoại lai đã được xử lý.')).toBeVisible();
	const row = page.getByRole('row').filter({ has: page.getByLabel('Chuẩn hóa của 2.2.1') });
	await expect(row).toContainText('Thay 1 giá trị cực trị');
	await expect(page.getByText(/Ngoại lai khi \|độ lệch\| > 2,25 và độ nhọn > 3,5/)).toBeVisible();
	const treated = await ranking(page);
	expect(treated).not.toEqual(before);

	await page.getByRole('button', { name: /Khôi phục phương pháp PII/ }).click();
	await expect(page.getByText('Đang dùng phương pháp PII đã công bố.')).toBeVisible();
	await expect.poll(() => ranking(page)).toEqual(before);
	await undo(page).click();
	await expect(page.getByText('11 chỉ số có ngoại lai đã được xử lý.')).toBeVisible();
	await expect.poll(() => ranking(page)).toEqual(treated);
});

test('English: one indicator normalised by rank, shown in the settings as JSON', async ({
	page
}) => {
	await openMethods(page, 'en');
	const before = await ranking(page, 'Ranking');
	await page.getByLabel('Normalisation of 1.1.1', { exact: true }).selectOption('rank');
	await expect(
		page.getByText('Differs from the published PII method in: normalisation.')
	).toBeVisible();
	await expect.poll(() => ranking(page, 'Ranking')).not.toEqual(before);
	await page.getByText('Settings as JSON').click();
	await expect(page.locator('pre')).toContainText('"1.1.1": "rank"');
	await page.getByLabel('Normalisation of 1.1.1', { exact: true }).selectOption('');
	await expect(page.getByText('Using the published PII method.')).toBeVisible();
});

test('method settings survive a reload', async ({ page }) => {
	await openMethods(page);
	await page.getByLabel('Chuẩn hóa', { exact: true }).selectOption('zscore');
	await expect(page.getByText('Khác phương pháp PII đã công bố ở: chuẩn hóa.')).toBeVisible();
	const changed = await ranking(page);
	await page.waitForTimeout(800);
	await page.reload();
	await page.getByRole('tab', { name: 'Phương pháp', exact: true }).click();
	await expect(page.getByLabel('Chuẩn hóa', { exact: true })).toHaveValue('zscore');
	await expect.poll(() => ranking(page)).toEqual(changed);
});
