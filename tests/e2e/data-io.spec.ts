// Data in and out as a user does it: import a Vietnamese Excel CSV (preview, apply as one undo step),
// a refused file that changes nothing, an ambiguous file that asks, exports and templates as
// downloads, HTML in names shown as text, a new model from framework and data files.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const FIX = 'tests/fixtures';
const csv = (name: string, text: string) => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(text)
});

async function openData(page: Page, url = '/') {
	await page.goto(url);
	await page
		.getByRole('tab', { name: url.includes('lang=en') ? 'Import/export' : 'Nhập/xuất dữ liệu' })
		.click();
}

const importRegion = (page: Page) => page.getByRole('region', { name: 'Nhập số liệu vào mô hình' });
const ranking = (page: Page) => page.getByRole('table', { name: 'Xếp hạng' });

test('an Excel (Việt Nam) file is previewed, applied as one step and undone', async ({ page }) => {
	await openData(page);
	await page
		.getByLabel('Tệp số liệu', { exact: true })
		.setInputFiles(`${FIX}/io/excel-vn-partial.csv`);
	await expect(page.getByText('Dấu chấm phẩy (;) · Dấu phẩy (1.234,5)')).toBeVisible();
	await expect(page.getByTestId('import-counts')).toHaveText(
		'0 ô thêm mới · 6 ô sửa · 0 ô xóa · 2 ô giữ nguyên'
	);
	const changes = page.getByRole('table', { name: 'Các ô sẽ thay đổi' });
	await expect(
		changes.getByRole('row', { name: /TP. Hồ Chí Minh 1.1.1 57,84 50,25/ })
	).toBeVisible();
	await page.getByRole('button', { name: 'Áp dụng 6 ô' }).click();
	await expect(importRegion(page).getByRole('status')).toContainText(
		'Đã nhập 6 ô từ excel-vn-partial.csv'
	);
	await page.getByRole('tab', { name: 'Bảng tính' }).click();
	const cell = page.getByRole('gridcell', { name: 'TP. Hồ Chí Minh 1.1.1' });
	await expect(cell).toHaveText('50,25');
	await expect(page.getByRole('gridcell', { name: 'Thừa Thiên Huế 4.1.3' })).toHaveText(
		'1.234.567'
	);
	await page.getByRole('button', { name: /Hoàn tác/ }).click();
	await expect(cell).toHaveText('57,84');
	await expect(page.getByRole('gridcell', { name: 'Thừa Thiên Huế 4.1.3' })).toHaveText(
		'1.067.740'
	);
});

test('a refused file names the row and column and changes nothing', async ({ page }) => {
	await openData(page);
	const before = await ranking(page).getByRole('rowheader').allInnerTexts();
	await page
		.getByLabel('Tệp số liệu', { exact: true })
		.setInputFiles(csv('bad.csv', 'code;name;1.1.1\r\n01;Hà Nội;abc\r\n99;Hà Tây;1\r\n'));
	await expect(page.getByRole('alert')).toHaveText(
		'Tệp bị từ chối (2 lỗi). Mô hình không thay đổi.'
	);
	const list = page.getByRole('list', { name: 'Các vấn đề trong tệp' });
	await expect(list).toContainText('Dòng 2, cột C (1.1.1): "abc" không phải là số.');
	await expect(list).toContainText('Dòng 3, cột A (code): Không nhận ra tỉnh/thành "99 (Hà Tây)".');
	await expect(page.getByRole('button', { name: /Áp dụng/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Hủy' }).click();
	await expect(importRegion(page).getByRole('status')).toHaveText(
		'Đã hủy. Mô hình không thay đổi.'
	);
	expect(await ranking(page).getByRole('rowheader').allInnerTexts()).toEqual(before);
	await expect(page.getByRole('button', { name: /Hoàn tác/ })).toBeDisabled();
});

test('"1.234" is asked about, then read as the user says', async ({ page }) => {
	await openData(page);
	await page
		.getByLabel('Tệp số liệu', { exact: true })
		.setInputFiles(csv('amb.csv', 'code;name;4.1.3\r\n01;Hà Nội;5.466\r\n'));
	await page.getByRole('button', { name: 'Dấu phẩy: "5.466" = 5.466' }).click();
	await expect(page.getByTestId('import-counts')).toHaveText(
		'0 ô thêm mới · 1 ô sửa · 0 ô xóa · 0 ô giữ nguyên'
	);
	await expect(page.getByRole('row', { name: /Hà Nội 4.1.3 5.466.618 5.466/ })).toBeVisible();
});

test('HTML in a province name is shown as text, never run', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		d.dismiss();
	});
	await openData(page);
	await page
		.getByLabel('Tệp số liệu', { exact: true })
		.setInputFiles(`${FIX}/bad/html-in-name.csv`);
	await expect(page.getByRole('list', { name: 'Các vấn đề trong tệp' })).toContainText(
		'"<img src=x onerror=alert(1)>"'
	);
	expect(dialogs).toBe(0);
});

test('results, raw data, framework and the workbook download in both styles', async ({ page }) => {
	await openData(page);
	const save = async (button: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: button }).click()
		]);
		return {
			name: download.suggestedFilename(),
			bytes: readFileSync((await download.path()) as string)
		};
	};
	const results = await save('Kết quả mọi cấp (CSV)');
	expect(results.name).toBe('pii-results.csv');
	const text = results.bytes.toString('utf8');
	expect(text.startsWith('\ufeffcode;name;PII;IN;OUT;P1')).toBe(true);
	expect(text).toContain('\r\n01;Hà Nội;62,86');
	await page.getByLabel('Chuẩn: UTF-8, dấu phẩy, dấu chấm thập phân').check();
	const raw = (await save('Dữ liệu thô (CSV)')).bytes.toString('utf8');
	expect(raw.split('\n')[1]).toMatch(/^01,Hà Nội,RRD,44.54,7.92,/);
	const workbook = await save('Sổ tính có công thức (XLSX)');
	expect(workbook.name).toBe('pii-workbook.xlsx');
	expect(workbook.bytes.subarray(0, 2).toString()).toBe('PK');
	expect((await save('Khung chỉ số (CSV)')).bytes.toString('utf8')).toContain('\nPII,,5,');
});

test('a filled template imports back', async ({ page }) => {
	await openData(page);
	await page.getByRole('combobox', { name: 'Mẫu thu thập số liệu' }).selectOption('csv');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Một cột cho Hà Nội' }).click()
	]);
	const template = readFileSync((await download.path()) as string, 'utf8');
	expect(template).toContain('\r\n1.1.1;Ban hành');
	const filled = template.replace(/(\r\n1\.1\.1;[^\r]*;)\r\n/, '$199,5\r\n');
	await page.getByLabel('Tệp số liệu', { exact: true }).setInputFiles(csv('filled.csv', filled));
	await expect(page.getByTestId('import-counts')).toHaveText(
		'0 ô thêm mới · 1 ô sửa · 0 ô xóa · 0 ô giữ nguyên'
	);
	await expect(page.getByText('1.1.1 = 99,5 nằm ngoài khoảng hợp lý 0 … 100.')).toHaveCount(0);
});

test('a new model from a framework file and a data file', async ({ page }) => {
	await openData(page, '/?lang=en');
	await page
		.getByLabel('Framework file', { exact: true })
		.setInputFiles(`${FIX}/cli/coinr-imeta.csv`);
	await expect(page.getByText(/Framework valid: \d+ indicators/)).toBeVisible();
	await page
		.getByLabel("The units' data file", { exact: true })
		.setInputFiles(`${FIX}/cli/data.csv`);
	await expect(page.getByText('Data valid: 6 units.')).toBeVisible();
	await page.getByRole('button', { name: 'Open the new model' }).click();
	const region = page.getByRole('region', { name: /New model from a framework file/ });
	await expect(region.getByRole('status')).toContainText('New model open: 6 units');
	await expect(page.getByRole('table', { name: 'Ranking' }).getByRole('rowheader')).toHaveCount(6);
});
