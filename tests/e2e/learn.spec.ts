// Learn journeys: the walkthrough from a raw value to the rank with the real formulas, a "try it"
// edit that moves the rank and undoes, tracing cells through precedents and dependents, the glossary.
import { expect, test, type Page } from '@playwright/test';

async function rankOf(page: Page, name: string): Promise<number> {
	const row = page
		.getByRole('table', { name: 'Xếp hạng' })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name, exact: true }) });
	return Number(await row.getByRole('cell').first().innerText());
}

async function openLearn(page: Page, province: string) {
	await page.goto('/');
	await page
		.getByRole('combobox', { name: 'Tỉnh/thành đang chọn' })
		.selectOption({ label: province });
	await page.getByRole('tab', { name: 'Học cách tính' }).click();
}

const steps = (page: Page) => page.getByRole('navigation', { name: 'Các bước' });

test('walks from a raw value through min-max and every level to the rank', async ({ page }) => {
	await openLearn(page, 'Thanh Hóa (38)');
	await expect(page.getByTestId('walk-progress')).toHaveText('Bước 1/13');
	await expect(page.getByText(/Theo chân một giá trị thô của Thanh Hóa/)).toBeVisible();
	await page.getByRole('button', { name: 'Bước tiếp →' }).click();
	await expect(page.getByRole('heading', { name: 'Giá trị thô' })).toBeFocused();
	await expect(page.getByRole('table', { name: /Trích trang tính Data/ })).toContainText(
		'Thanh Hóa'
	);
	await page.getByRole('button', { name: 'Bước tiếp →' }).click();
	await page.getByRole('button', { name: 'Bước tiếp →' }).click();
	await expect(page.getByRole('heading', { name: 'Chuẩn hóa về thang 0–100' })).toBeVisible();
	await expect(page.getByTestId('walk-worked')).toContainText('100 × (');
	await expect(page.locator('code.formula')).toContainText('=IF(ISNUMBER(Data!');
	await expect(page.locator('td.marked')).toHaveCount(1);

	await steps(page)
		.getByRole('button', { name: /^5\. Lên trụ cột con/ })
		.click();
	await expect(page.locator('code.formula')).toContainText('=IFERROR((N(Normalised!');
	const shown = await page.getByTestId('walk-aggregate-score').innerText();
	expect(shown).toMatch(/^\d+,\d\d$/);

	await steps(page)
		.getByRole('button', { name: /^9\. Xếp hạng/ })
		.click();
	const rank = await rankOf(page, 'Thanh Hóa');
	await expect(page.getByText(new RegExp(`xếp thứ ${rank}/63`))).toBeVisible();
	await expect(page.locator('code.formula')).toContainText('=Level5!C');
	await expect(page.getByText(/^Hỏi lớp:/)).toBeVisible();
});

test('"try it": raising the value to the national best moves the rank, undo restores it', async ({
	page
}) => {
	await openLearn(page, 'Thanh Hóa (38)');
	const before = await rankOf(page, 'Thanh Hóa');
	await steps(page)
		.getByRole('button', { name: /^10\. Thử: sửa giá trị/ })
		.click();
	await page.getByRole('button', { name: /^Đặt bằng mức cao nhất/ }).click();
	await expect(page.getByTestId('live-norm')).toHaveText('100,00');
	await expect.poll(() => rankOf(page, 'Thanh Hóa')).toBeLessThanOrEqual(before);
	await expect(page.getByTestId('live-rank')).toHaveText(String(await rankOf(page, 'Thanh Hóa')));
	await page.getByRole('main').getByRole('button', { name: 'Hoàn tác' }).click();
	await expect.poll(() => rankOf(page, 'Thanh Hóa')).toBe(before);

	await steps(page)
		.getByRole('button', { name: /^11\. Thử: tỉnh khác/ })
		.click();
	const norm = await page.getByTestId('live-norm').innerText();
	await page.getByRole('button', { name: /^Đặt giá trị của/ }).click();
	await expect(page.getByTestId('live-norm')).not.toHaveText(norm);

	await steps(page)
		.getByRole('button', { name: /^12\. Thử: đổi trọng số/ })
		.click();
	await page.getByLabel('Trọng số mới').fill('3');
	await page.getByRole('button', { name: 'Áp dụng' }).click();
	await expect(page.getByTestId('live-w')).toHaveText('3');
});

test('"show in the spreadsheet" opens the grid view', async ({ page }) => {
	await openLearn(page, 'Hải Phòng (31)');
	await steps(page)
		.getByRole('button', { name: /^4\. Chuẩn hóa/ })
		.click();
	await page.getByRole('button', { name: /^Xem trong bảng tính \(Normalised!/ }).click();
	await expect(page.getByRole('tab', { name: 'Bảng tính', exact: true })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	await expect(page.getByRole('group', { name: 'Thanh công thức' })).toContainText('Normalised!C');
});

test('traces a cell: references jump to precedents, dependents reach every province', async ({
	page
}) => {
	await openLearn(page, 'Hải Phòng (31)');
	await steps(page)
		.getByRole('button', { name: /^5\. Lên trụ cột con/ })
		.click();
	await page.getByRole('button', { name: 'Lần vết ô này' }).click();
	const title = page.getByRole('heading', { level: 3, name: /^Lần vết ô/ });
	await expect(title).toContainText('Level2!C');
	await expect(page.getByText(/Ô này là điểm 1\.\d của Hải Phòng/)).toBeVisible();
	const ref = page.locator('code.formula button.ref').first();
	const address = (await ref.innerText()).trim();
	await ref.click();
	await expect(title).toContainText(address);
	await expect(page.getByText(/Ô này là điểm \d\.\d\.\d của Hải Phòng/)).toBeVisible();
	await page.getByRole('button', { name: /^← Quay lại ô trước/ }).click();
	await expect(title).toContainText('Level2!C');

	await page.getByLabel('Loại ô').selectOption('raw');
	await page.getByRole('button', { name: 'Lần vết', exact: true }).first().click();
	await expect(title).toContainText('Data!C');
	await expect(
		page.getByText('Ô nhập liệu: không có công thức; các ô khác đọc từ nó.')
	).toBeVisible();
	await expect(page.getByText(/tất cả 63 đơn vị/).first()).toBeVisible();

	await page.getByLabel(/Hoặc nhập địa chỉ/).fill('Framework!F5');
	await page.getByLabel(/Hoặc nhập địa chỉ/).press('Enter');
	await expect(title).toContainText('Framework!F5');
	await expect(page.getByText(/qua W_/).first()).toBeVisible();
	await page.getByLabel(/Hoặc nhập địa chỉ/).fill('Nowhere!A1');
	await page.getByLabel(/Hoặc nhập địa chỉ/).press('Enter');
	await expect(page.getByRole('alert')).toContainText('không phải địa chỉ ô hợp lệ');
});

test('glossary terms open in place and the glossary lists every term in both languages', async ({
	page
}) => {
	await openLearn(page, 'Hà Nội (01)');
	await page.getByRole('button', { name: 'giá trị thô', exact: true }).first().click();
	await expect(page.getByRole('note', { name: /Định nghĩa của “giá trị thô”/ })).toContainText(
		'raw value'
	);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('note', { name: /Định nghĩa/ })).toHaveCount(0);
	await page.getByRole('tab', { name: 'Thuật ngữ' }).click();
	await page.getByLabel('Tìm thuật ngữ').fill('min-max');
	await expect(page.locator('dt').first()).toContainText('min-max');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.getByRole('tab', { name: 'Glossary' })).toBeVisible();
	await page.getByLabel('Find a term').fill('');
	await expect(page.locator('dt')).toHaveCount(36);
});

test('English walkthrough', async ({ page }) => {
	await page.goto('/?lang=en');
	await page.getByRole('tab', { name: 'Learn the method' }).click();
	await expect(page.getByTestId('walk-progress')).toHaveText('Step 1 of 13');
	await page.getByRole('button', { name: 'Next step →' }).click();
	await expect(page.getByRole('heading', { name: 'The raw value' })).toBeVisible();
	await expect(page.getByText(/^Ask the room:/)).toBeVisible();
});
