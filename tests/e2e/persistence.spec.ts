// Nothing is lost: a reload or a closed page brings the work back, undo/redo by keyboard, scenarios
// (new, rename, compare, switch, delete with confirmation), workbook files between browsers, two tabs
// on one workbook, and a browser without IndexedDB.
import { readFileSync } from 'node:fs';
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

/** Type a value into a raw-data cell as a user does (click, type, Enter). */
async function edit(page: Page, cell: string, text: string, shown: string) {
	await page.getByRole('gridcell', { name: cell }).click();
	await page.keyboard.type(text);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('gridcell', { name: cell })).toHaveText(shown);
}

const workbooksTab = (page: Page) => page.getByRole('tab', { name: 'Sổ tính & kịch bản' });

test('a reload mid-session shows the identical state, undo and redo by keyboard included', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	await edit(page, 'Thanh Hóa 6.1.1', '99999', '99.999');
	await edit(page, 'Hà Giang 1.1.1', '12,5', '12,5');
	await edit(page, 'Cà Mau 2.1.1', '7', '7');
	await page.keyboard.press('Control+z');
	await page.keyboard.press('Control+z');
	await expect(page.getByRole('gridcell', { name: 'Hà Giang 1.1.1' })).not.toHaveText('12,5');
	await page.keyboard.press('Control+y');
	await expect(page.getByRole('gridcell', { name: 'Hà Giang 1.1.1' })).toHaveText('12,5');
	const caMau = await page.getByRole('gridcell', { name: 'Cà Mau 2.1.1' }).innerText();
	expect(caMau).not.toBe('7');
	await page.getByRole('tab', { name: 'Hồ sơ tỉnh' }).click();
	const before = await ranking(page).locator('tbody').innerText();
	await page.reload();
	await ready(page);
	await expect(page.getByRole('tab', { name: 'Hồ sơ tỉnh' })).toHaveAttribute(
		'aria-selected',
		'true'
	);
	expect(await ranking(page).locator('tbody').innerText()).toBe(before);
	await page.getByRole('tab', { name: 'Bảng tính' }).click();
	await expect(page.getByRole('gridcell', { name: 'Thanh Hóa 6.1.1' })).toHaveText('99.999');
	await expect(page.getByRole('gridcell', { name: 'Hà Giang 1.1.1' })).toHaveText('12,5');
	await expect(page.getByRole('gridcell', { name: 'Cà Mau 2.1.1' })).toHaveText(caMau);
	// Opening is not an undoable step: the history starts clean.
	await expect(page.getByRole('button', { name: /Hoàn tác/ })).toBeDisabled();
});

test('closing the page right after a burst of edits keeps the last edit', async ({ context }) => {
	const page = await context.newPage();
	await context.clock.install();
	await page.goto('/');
	await ready(page);
	// Time stands still from here: the usual save (a moment after the last edit) never comes, so
	// only what the page does as it goes away can keep the edits.
	await context.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	for (const [text, shown] of [
		['11', '11'],
		['22', '22'],
		['33', '33'],
		['44444', '44.444']
	])
		await edit(page, 'Thanh Hóa 6.1.1', text, shown);
	await page.close();
	await context.clock.resume();
	const again = await context.newPage();
	await again.goto('/');
	await ready(again);
	await expect(again.getByRole('gridcell', { name: 'Thanh Hóa 6.1.1' })).toHaveText('44.444');
});

test('scenarios: new from the baseline, rename, compare, switch, delete after confirming', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	const official = await rankOf(page, 'Thanh Hóa');
	await edit(page, 'Thanh Hóa 6.1.1', '99999', '99.999');
	await expect.poll(() => rankOf(page, 'Thanh Hóa')).toBeLessThan(official);
	const edited = await rankOf(page, 'Thanh Hóa');
	await workbooksTab(page).click();
	await page.getByRole('button', { name: '+ Mới từ dữ liệu gốc' }).click();
	const name = page.getByRole('textbox', { name: /Tên mới cho/ });
	await name.fill('Phương án B');
	await name.press('Enter');
	const list = page.getByRole('table', { name: 'Danh sách kịch bản' });
	await expect(list.getByRole('row', { name: /Phương án B/ })).toContainText('Đang mở');
	await expect.poll(() => rankOf(page, 'Thanh Hóa')).toBe(official);
	await expect(page.getByRole('button', { name: /Hoàn tác/ })).toBeDisabled();

	await page.getByLabel('Kịch bản A').selectOption({ label: 'Kịch bản gốc' });
	const compare = page.getByRole('table', { name: 'So sánh kịch bản' });
	const row = compare
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: 'Thanh Hóa', exact: true }) });
	await expect(row.getByRole('cell').nth(1)).toHaveText(String(edited));
	await expect(row.getByRole('cell').nth(3)).toHaveText(String(official));
	await compare.getByRole('button', { name: /Điểm B − A/ }).click();
	await expect(compare.getByRole('rowheader').last()).toHaveText('Thanh Hóa');

	await list
		.getByRole('row', { name: /Kịch bản gốc/ })
		.getByRole('button', { name: 'Mở' })
		.click();
	await expect.poll(() => rankOf(page, 'Thanh Hóa')).toBe(edited);
	const deleteB = list.getByRole('row', { name: /Phương án B/ }).getByRole('button', {
		name: 'Xóa'
	});
	await deleteB.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('Xóa kịch bản "Phương án B"?');
	await dialog.getByRole('button', { name: 'Hủy' }).click();
	await expect(list.getByRole('row')).toHaveCount(3);
	await deleteB.click();
	await dialog.getByRole('button', { name: 'Xóa' }).click();
	await expect(list.getByRole('row')).toHaveCount(2);
	await page.reload();
	await ready(page);
	expect(await rankOf(page, 'Thanh Hóa')).toBe(edited);
	await expect(
		page.getByRole('table', { name: 'Danh sách kịch bản' }).getByRole('row')
	).toHaveCount(2);
	await expect(page.getByTestId('persist-status')).toHaveText(/Đã được cấp|Chưa được cấp/);
});

test('a workbook file carries everything to another browser; a bad file changes nothing', async ({
	page,
	browser,
	baseURL
}) => {
	await page.goto('/');
	await ready(page);
	await edit(page, 'Cần Thơ 3.1.1', '77,125', '77,125');
	await workbooksTab(page).click();
	await page.getByRole('button', { name: '+ Mới từ trạng thái hiện tại' }).click();
	await page.getByRole('textbox', { name: /Tên mới cho/ }).press('Enter');
	const table = await ranking(page).locator('tbody').innerText();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: /Xuất sổ tính này ra tệp/ }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('PII 2023 — dữ liệu minh họa (63 tỉnh).pii.json');
	const text = readFileSync((await download.path()) as string, 'utf8');
	expect(JSON.parse(text).format).toBe('pii-workbench');

	const other = await browser.newContext();
	const colleague = await other.newPage();
	await colleague.goto(baseURL as string);
	await ready(colleague);
	await workbooksTab(colleague).click();
	const picker = colleague.getByLabel('Mở tệp sổ tính…');
	const bad = JSON.parse(text);
	bad.scenarios[0].values[3][7] = 'abc';
	await picker.setInputFiles({
		name: 'hỏng.pii.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bad))
	});
	await expect(colleague.getByRole('alert')).toContainText(
		'scenarios[0].values[3][7]: không phải là số'
	);
	const saved = colleague.getByRole('table', { name: 'Danh sách sổ tính' });
	await expect(saved.getByRole('row')).toHaveCount(2);
	await picker.setInputFiles({
		name: 'pii.pii.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(colleague.getByRole('status').filter({ hasText: 'Đã mở tệp' })).toBeVisible();
	await expect(saved.getByRole('row')).toHaveCount(3);
	await expect(
		colleague.getByRole('table', { name: 'Danh sách kịch bản' }).getByRole('row')
	).toHaveCount(3);
	expect(await ranking(colleague).locator('tbody').innerText()).toBe(table);
	await other.close();
});

test('two tabs on one workbook: the other tab is told, never overwrites, and reloads', async ({
	context
}) => {
	const first = await context.newPage();
	await first.goto('/');
	await ready(first);
	const second = await context.newPage();
	await second.goto('/');
	await ready(second);
	await edit(first, 'Hải Phòng 6.1.1', '12345', '12.345');
	await expect(second.getByRole('alert')).toContainText('vừa được thay đổi ở một thẻ khác');
	await edit(second, 'Hà Nội 6.1.1', '1', '1');
	await expect(second.getByTestId('save-status')).toHaveText(/Chưa lưu được/);
	await second.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
	await expect(second.getByRole('gridcell', { name: 'Hải Phòng 6.1.1' })).toHaveText('12.345');
	await expect(second.getByRole('gridcell', { name: 'Hà Nội 6.1.1' })).not.toHaveText('1');
	await expect(second.getByRole('alert')).toHaveCount(0);
	const third = await context.newPage();
	await third.goto('/');
	await ready(third);
	await expect(third.getByRole('gridcell', { name: 'Hải Phòng 6.1.1' })).toHaveText('12.345');
});

test('without IndexedDB the app works in memory, warns, and offers the workbook file', async ({
	page
}) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('IndexedDB is disabled.', 'InvalidStateError');
		};
	});
	await page.goto('/');
	await ready(page);
	await expect(page.getByRole('alert')).toContainText('Không dùng được bộ nhớ của trình duyệt');
	await expect(page.getByTestId('save-status')).toHaveText(/Chỉ trong bộ nhớ/);
	const before = await rankOf(page, 'Thanh Hóa');
	await edit(page, 'Thanh Hóa 6.1.1', '99999', '99.999');
	await expect.poll(() => rankOf(page, 'Thanh Hóa')).toBeLessThan(before);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: /Tải tệp sổ tính/ }).click();
	const file = JSON.parse(readFileSync((await (await downloading).path()) as string, 'utf8'));
	const col = file.workbook.indicators.indexOf('6.1.1');
	const row = file.workbook.units.findIndex((u: { name: string }) => u.name === 'Thanh Hóa');
	expect(file.scenarios[0].values[row][col]).toBe(99999);
});
