// Weights journeys: typing or sliding a weight re-ranks as one undo step, invalid weights are
// refused at the field, reset restores the official ranking in one step, effective weights, English.
import { expect, test, type Page } from '@playwright/test';

/** Every ranking row as shown (rank, change, name, scores): equal lists mean an identical ranking. */
function ranking(page: Page, name = 'Xếp hạng'): Promise<string[]> {
	return page.getByRole('table', { name, exact: true }).locator('tbody tr').allInnerTexts();
}

async function openWeights(page: Page, lang: 'vi' | 'en' = 'vi') {
	await page.goto(lang === 'en' ? '/?lang=en' : '/');
	await page
		.getByRole('tab', { name: lang === 'en' ? 'Weights' : 'Trọng số', exact: true })
		.click();
}

const field = (page: Page, code: string, label = 'Trọng số') =>
	page.getByRole('textbox', { name: `${label} ${code}`, exact: true });
const slider = (page: Page, code: string, label = 'Trọng số') =>
	page.getByRole('slider', { name: `${label} ${code}`, exact: true });

test('typing a pillar weight re-ranks the provinces, and Undo restores the ranking', async ({
	page
}) => {
	await openWeights(page);
	await page.getByRole('button', { name: 'Trụ cột', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Trụ cột', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const before = await ranking(page);
	const p7 = field(page, 'P7');
	await p7.click();
	await p7.press('Control+a');
	await page.keyboard.type('4,5');
	await page.keyboard.press('Enter');
	await expect(p7).toHaveValue('4,5');
	const row = page.getByRole('row').filter({ has: p7 });
	await expect(row).toContainText('đã đổi');
	await expect(row).toContainText('81,8%');
	await expect(page.getByText('1 trọng số khác chính thức.')).toBeVisible();
	await expect.poll(() => ranking(page)).not.toEqual(before);

	await page.getByRole('button', { name: /Hoàn tác/ }).click();
	await expect(p7).toHaveValue('1');
	await expect.poll(() => ranking(page)).toEqual(before);
	await expect(page.getByRole('button', { name: /Hoàn tác/ })).toBeDisabled();
	await expect(page.getByText('Đang dùng trọng số chính thức.')).toBeVisible();
});

test('a slider commits one undo step per arrow key and one per drag', async ({ page }) => {
	await openWeights(page);
	const undo = page.getByRole('button', { name: /Hoàn tác/ });
	const before = await ranking(page);
	const s = slider(page, 'P2');
	await s.focus();
	await page.keyboard.press('ArrowRight');
	await expect(field(page, 'P2')).toHaveValue('1,05');
	await expect.poll(() => ranking(page)).not.toEqual(before);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(field(page, 'P2')).toHaveValue('1,15');
	await undo.click();
	await expect(field(page, 'P2')).toHaveValue('1,1');
	await undo.click();
	await undo.click();
	await expect(field(page, 'P2')).toHaveValue('1');
	await expect(undo).toBeDisabled();
	await expect.poll(() => ranking(page)).toEqual(before);

	const box = (await s.boundingBox())!;
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width * 0.2, y);
	await page.mouse.down();
	for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width * (0.2 + i * 0.05), y);
	await page.mouse.up();
	await expect(field(page, 'P2')).not.toHaveValue('1');
	await expect(undo).toBeEnabled();
	await undo.click();
	await expect(field(page, 'P2')).toHaveValue('1');
	await expect(undo).toBeDisabled();
});

test('an invalid weight is refused at the field and the old value kept', async ({ page }) => {
	await openWeights(page);
	const before = await ranking(page);
	const p3 = field(page, 'P3');
	for (const bad of ['abc', '-2', '1.5']) {
		await p3.fill(bad);
		await p3.press('Enter');
		await expect(p3).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByRole('alert')).toContainText('Trọng số phải là số không âm');
		await expect(page.getByRole('alert')).toContainText('Giữ nguyên giá trị cũ: 1');
	}
	await expect(page.getByRole('button', { name: /Hoàn tác/ })).toBeDisabled();
	expect(await ranking(page)).toEqual(before);
	await p3.press('Escape');
	await expect(p3).toHaveValue('1');
	await expect(p3).toHaveAttribute('aria-invalid', 'false');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await p3.fill('0');
	await p3.press('Enter');
	await expect(p3).toHaveAttribute('aria-invalid', 'false');
	await expect(page.getByRole('row').filter({ has: p3 })).toContainText('0,0%');
});

test('reset to official weights restores the original ranking in one undo step', async ({
	page
}) => {
	await openWeights(page);
	const original = await ranking(page);
	const reset = page.getByRole('button', { name: /Khôi phục trọng số chính thức$/ });
	await expect(reset).toBeDisabled();
	await field(page, 'P1').fill('3');
	await field(page, 'P1').press('Enter');
	await page.getByRole('button', { name: 'Chỉ số', exact: true }).click();
	await field(page, '6.1.1').fill('0,25');
	await field(page, '6.1.1').press('Enter');
	await expect(page.getByText('2 trọng số khác chính thức.')).toBeVisible();
	await expect.poll(() => ranking(page)).not.toEqual(original);
	const changed = await ranking(page);

	await reset.click();
	await expect(page.getByText('Đang dùng trọng số chính thức.')).toBeVisible();
	await expect(field(page, '6.1.1')).toHaveValue('1');
	await expect.poll(() => ranking(page)).toEqual(original);
	await expect(reset).toBeDisabled();

	await page.getByRole('button', { name: /Hoàn tác/ }).click();
	await expect(page.getByText('2 trọng số khác chính thức.')).toBeVisible();
	await expect(field(page, '6.1.1')).toHaveValue('0,25');
	await expect.poll(() => ranking(page)).toEqual(changed);
});

test('one changed weight can be restored from its row', async ({ page }) => {
	await openWeights(page);
	const p4 = field(page, 'P4');
	await p4.fill('2');
	await p4.press('Enter');
	await p4.press('Tab');
	await expect(page.getByText('1 trọng số khác chính thức.')).toBeVisible();
	await page.getByRole('button', { name: 'Khôi phục trọng số chính thức của P4 (1)' }).click();
	await expect(p4).toHaveValue('1');
	await expect(page.getByText('Đang dùng trọng số chính thức.')).toBeVisible();
	await expect(page.getByRole('row').filter({ has: p4 })).not.toContainText('đã đổi');
});

test('effective weights sum to 100% and follow a pillar weight', async ({ page }) => {
	await openWeights(page);
	await page.getByRole('button', { name: 'Trọng số hiệu dụng', exact: true }).click();
	const table = page.getByRole('table', { name: 'Trọng số hiệu dụng' });
	await expect(table.getByRole('rowheader')).toHaveCount(52 + 1);
	await expect(page.getByTestId('effective-total')).toHaveText('100,00%');

	await page.getByRole('button', { name: 'Trụ cột', exact: true }).click();
	await field(page, 'P3').fill('4');
	await field(page, 'P3').press('Enter');
	await page.getByRole('button', { name: 'Trọng số hiệu dụng', exact: true }).click();
	await expect(page.getByTestId('effective-total')).toHaveText('100,00%');
	const first = table.locator('tbody tr').first();
	await expect(first.getByRole('rowheader')).toHaveText(/^3\.1\./);
	await expect(first).toContainText('+');
	await table.getByRole('button', { name: /Chênh lệch/ }).click();
	await table.getByRole('button', { name: /Chênh lệch/ }).click();
	await expect(table.locator('tbody tr').first()).toContainText('−');
});

test('English labels with ?lang=en', async ({ page }) => {
	await openWeights(page, 'en');
	await expect(page.getByRole('button', { name: 'Pillars', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByRole('columnheader', { name: 'Share of group' })).toBeVisible();
	await expect(slider(page, 'P1', 'Weight')).toBeVisible();
	const before = await ranking(page, 'Ranking');
	const p1 = field(page, 'P1', 'Weight');
	await p1.fill('2,5');
	await p1.press('Enter');
	await expect(page.getByRole('alert')).toContainText('A weight must be a number ≥ 0');
	await p1.fill('2.5');
	await p1.press('Enter');
	await expect(p1).toHaveValue('2.5');
	await expect(page.getByText('1 weight differs from the official one.')).toBeVisible();
	await expect.poll(() => ranking(page, 'Ranking')).not.toEqual(before);
	await page.getByRole('button', { name: /Reset to official weights/ }).click();
	await expect.poll(() => ranking(page, 'Ranking')).toEqual(before);
	await expect(page.getByText('Using the official weights.')).toBeVisible();
});
