// Spreadsheet journeys: sheets as tabs, formula bar, keyboard navigation, paste a block as one edit,
// Delete, undo; computed cells are read-only.
import { expect, test, type Page } from '@playwright/test';

async function paste(page: Page, text: string) {
	await page.evaluate((t) => {
		const data = new DataTransfer();
		data.setData('text/plain', t);
		const target = document.activeElement ?? document.body;
		target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
	}, text);
}

const formulaBar = (page: Page) => page.getByRole('group', { name: 'Thanh công thức' });

test("the formula bar shows a computed cell's formula, and the cell refuses edits", async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('tab', { name: 'Trụ cột con' }).click();
	await page.getByRole('gridcell', { name: 'Hà Nội 1.1' }).click();
	await expect(formulaBar(page)).toContainText('Level2!C2');
	await expect(formulaBar(page)).toContainText('=IFERROR((N(Normalised!C2)*W_1.1.1');
	await page.keyboard.type('5');
	await expect(page.getByRole('alert')).toContainText('ô tính toán');
});

test('arrow keys, Tab and Home move the selection', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('gridcell', { name: 'Hà Nội 1.1.1' }).click();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Tab');
	await expect(formulaBar(page)).toContainText('Data!E3');
	await page.keyboard.press('Home');
	await expect(formulaBar(page)).toContainText('Data!C3');
	await page.keyboard.press('Control+End');
	await expect(formulaBar(page)).toContainText('Data!BB64');
});

test('a pasted block from Excel is one edit, undone in one step', async ({ page }) => {
	await page.goto('/');
	const a = page.getByRole('gridcell', { name: 'Hà Nội 1.1.1' });
	const b = page.getByRole('gridcell', { name: 'Hà Giang 1.1.2' });
	const before = [await a.innerText(), await b.innerText()];
	await a.click();
	await paste(page, '12,5\t7\r\n3\t4,25\r\n');
	await expect(a).toHaveText('12,5');
	await expect(b).toHaveText('4,25');
	await page.getByRole('button', { name: /Hoàn tác/ }).click();
	await expect(a).toHaveText(before[0]);
	await expect(b).toHaveText(before[1]);
});

test('a block with one bad value is refused whole, naming the cell', async ({ page }) => {
	await page.goto('/');
	const a = page.getByRole('gridcell', { name: 'Hà Nội 1.1.1' });
	const before = await a.innerText();
	await a.click();
	await paste(page, '1\t2\nabc\t4\n');
	await expect(page.getByRole('alert')).toContainText('Data!C3');
	await expect(page.getByRole('alert')).toContainText('"abc"');
	await page.keyboard.press('Escape');
	await expect(a).toHaveText(before);
});

test('Delete clears an input cell; F2 edits with the old value', async ({ page }) => {
	await page.goto('/');
	const cell = page.getByRole('gridcell', { name: 'Cần Thơ 2.1.1' });
	await cell.click();
	await page.keyboard.press('F2');
	await expect(page.getByRole('textbox', { name: 'Cần Thơ 2.1.1' })).not.toHaveValue('');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Delete');
	await expect(cell).toHaveText('');
});

test('weights are editable in the framework sheet and re-rank', async ({ page }) => {
	await page.goto('/');
	const table = page.getByRole('table', { name: 'Xếp hạng' });
	const order = () => table.getByRole('rowheader').allInnerTexts();
	const before = await order();
	await page.getByRole('tab', { name: 'Khung & trọng số' }).click();
	await page.getByRole('gridcell', { name: /^Đầu ra đổi mới sáng tạo weight$/ }).click();
	await page.keyboard.type('6');
	await page.keyboard.press('Enter');
	await expect.poll(order).not.toEqual(before);
});

test('traces the selected cell beside the formula bar and jumps to a precedent', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('tab', { name: 'Trụ cột con' }).click();
	await page.getByRole('gridcell', { name: 'Hà Nội 1.1' }).click();
	await page.getByRole('button', { name: 'Lần vết ô' }).click();
	const link = page.getByRole('button', { name: /Normalised!C2/ }).first();
	await link.click();
	await expect(formulaBar(page)).toContainText('Normalised!C2');
});

test('the framework sheet names its fields in the UI language, with texts left and numbers right', async ({
	page
}) => {
	for (const [url, tab, name] of [
		['/', 'Khung & trọng số', 'Sở/ngành chủ trì'],
		['/?lang=en', 'Framework & weights', 'Lead department']
	]) {
		await page.goto(url);
		await page.getByRole('tab', { name: tab }).click();
		const header = page.getByRole('columnheader', { name: /^lead_department/ });
		await expect(header.locator('.code')).toHaveText('lead_department');
		await expect(header.locator('.name')).toHaveText(name);
	}
	// The first row is the whole index (level 5).
	const row = page.getByRole('grid').locator('[role="row"][aria-rowindex="2"]');
	await expect(row.getByRole('gridcell', { name: / level$/ })).toHaveText('5');
	await expect(row.getByRole('gridcell', { name: / name_en$/ })).toHaveCSS('text-align', 'left');
	await expect(row.getByRole('gridcell', { name: / weight$/ })).toHaveCSS('text-align', 'right');
});
