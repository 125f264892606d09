// Map journeys: every province drawn and named, a click or Enter selects it everywhere, arrow keys
// move between neighbours, rank measures and the 34-unit boundaries, charts that download.
import { expect, test, type Page } from '@playwright/test';

async function openMap(page: Page, lang: 'vi' | 'en' = 'vi') {
	await page.goto(lang === 'en' ? '/?lang=en' : '/');
	await page.getByRole('tab', { name: lang === 'en' ? 'Map' : 'Bản đồ', exact: true }).click();
	const map = page.getByRole('group', { name: lang === 'en' ? /^Map of/ : /^Bản đồ .* các tỉnh/ });
	await expect(map.getByRole('button')).toHaveCount(63);
	return map;
}

const selected = (page: Page) =>
	page.getByRole('combobox', { name: 'Tỉnh/thành đang chọn' }).locator('option:checked');

test('clicking a province selects it in every view; the info shows its score and rank', async ({
	page
}) => {
	const map = await openMap(page);
	await map.getByRole('button', { name: 'Đà Nẵng', exact: true }).click();
	await expect(selected(page)).toHaveText('Đà Nẵng (48)');
	await expect(map.getByRole('button', { name: 'Đà Nẵng', exact: true })).toHaveAttribute(
		'aria-current',
		'true'
	);
	const info = page.getByTestId('map-info');
	await expect(info).toContainText('Đà Nẵng');
	await expect(info).toContainText('Hạng PII 4/63');
	await expect(page.getByText('Open Development Mekong').first()).toBeVisible();
	await expect(page.getByText('NaN')).toHaveCount(0);
});

test('the keyboard reaches the map, arrow keys move between provinces, Enter selects', async ({
	page
}) => {
	const map = await openMap(page);
	const hanoi = map.getByRole('button', { name: 'Hà Nội', exact: true });
	await expect(hanoi).toHaveAttribute('tabindex', '0');
	await hanoi.focus();
	await page.keyboard.press('ArrowDown');
	const focused = page.locator(':focus');
	const name = await focused.getAttribute('aria-label');
	expect(name).not.toBe('Hà Nội');
	await expect(page.getByTestId('map-info')).toContainText(name ?? '');
	await page.keyboard.press('Enter');
	await expect(selected(page)).toContainText(name ?? '');
	await expect(map.getByRole('button', { name: name ?? '', exact: true })).toHaveAttribute(
		'tabindex',
		'0'
	);
});

test('colours by rank and by rank change; the 34-unit map asks for 34-unit data', async ({
	page
}) => {
	const map = await openMap(page);
	await page.getByLabel('Tô màu theo').selectOption('rank');
	await expect(map).toContainText('hạng 1 là cao nhất');
	await page.getByLabel('Tô màu theo').selectOption('rankChange');
	await expect(map).toContainText('lên hạng');
	await page.getByLabel(/34 tỉnh, thành/).check();
	await expect(page.getByText(/Bản đồ 34 đơn vị cần bộ dữ liệu có 34 đơn vị/)).toBeVisible();
	await expect(map.getByRole('button')).toHaveCount(0);
	await expect(map.locator('path.province')).toHaveCount(34);
	await expect(map).toContainText('Quần đảo Trường Sa');
});

test('the map downloads as SVG and PNG', async ({ page }) => {
	await openMap(page);
	for (const format of ['SVG', 'PNG']) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: new RegExp(`Tải biểu đồ .* dạng ${format}`) }).click();
		expect((await download).suggestedFilename()).toMatch(
			new RegExp(`^ban-do-pii-.*\\.${format.toLowerCase()}$`)
		);
	}
});

test('rank changes after an edit show as a slope chart; distributions mark the province', async ({
	page
}) => {
	await page.goto('/');
	const cell = page.getByRole('gridcell', { name: 'Thanh Hóa 6.1.1' });
	await cell.click();
	await page.keyboard.type('99999');
	await page.keyboard.press('Enter');
	await page.getByRole('tab', { name: 'Bản đồ', exact: true }).click();
	await page.getByRole('tab', { name: 'Thay đổi thứ hạng' }).click();
	await expect(page.getByText(/^[1-9]\d* tỉnh lên hạng/)).toBeVisible();
	const slope = page.getByRole('img', { name: /^Thứ hạng PII: mốc so với hiện tại/ });
	await expect(slope).toContainText('Thanh Hóa');
	await expect(slope.locator('text.head')).toHaveText(['Mốc', 'Hiện tại']);
	await page.getByLabel('Chỉ hiện các tỉnh đổi hạng').check();
	await expect(slope).not.toContainText('TP. Hồ Chí Minh');
	await page.getByRole('tab', { name: 'Phân bố các chỉ số' }).click();
	const strips = page.getByRole('img', {
		name: /Phân bố điểm chuẩn hóa của 52 chỉ số, đánh dấu Hà Nội/
	});
	expect(await strips.locator('circle.strip-me').count()).toBeGreaterThan(40);
	await page.getByRole('combobox', { name: /^Trụ cột/ }).selectOption({ label: 'P1 Thể chế' });
	await expect(page.getByRole('img', { name: /của 7 chỉ số/ })).toBeVisible();
});

test('English: names, legend and attribution', async ({ page }) => {
	const map = await openMap(page, 'en');
	await map.getByRole('button', { name: 'Hanoi', exact: true }).hover();
	await expect(page.getByTestId('map-info')).toContainText('Hanoi');
	await expect(map).toContainText('East Sea');
	await expect(page.getByText(/Province boundaries: Open Development Mekong/)).toBeVisible();
});
