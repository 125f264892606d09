// About journeys: what the PII is, the method and its uncertainties, data provenance, the sources
// of published scores as links, the licences with the boundary attribution; the install manifest.
import { expect, test } from '@playwright/test';

test('the about page explains the index, its method, data, sources and licences', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('tab', { name: 'Giới thiệu' }).click();
	for (const name of [
		'Chỉ số PII là gì?',
		'Phương pháp đang dùng',
		'Những điều chưa chắc chắn',
		'Dữ liệu đến từ đâu',
		'Nguồn của các điểm đã công bố',
		'Giấy phép'
	])
		await expect(page.getByRole('heading', { name })).toBeVisible();
	await expect(page.getByTestId('about-data-now')).toContainText('63 đơn vị, 52 chỉ số');
	await expect(page.getByText(/tên tạm theo GII/)).toBeVisible();
	await page.getByText(/^Kỳ PII 2023:/).click();
	await expect(page.getByRole('link', { name: 'en.nhandan.vn' }).first()).toBeVisible();
	await expect(page.getByText(/GNU General Public License v3\.0/)).toBeVisible();
	await expect(page.getByText(/Ranh giới tỉnh: Open Development Mekong/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
		'href',
		'https://creativecommons.org/licenses/by-sa/4.0/'
	);
});

test('English about page', async ({ page }) => {
	await page.goto('/?lang=en');
	await page.getByRole('tab', { name: 'About' }).click();
	await expect(page.getByRole('heading', { name: 'What is the PII?' })).toBeVisible();
	await expect(page.getByText(/Province boundaries: Open Development Mekong/)).toBeVisible();
});

test('the web app manifest and its icons are served', async ({ request }) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest.display).toBe('standalone');
	const purposes = manifest.icons.map((i: { purpose: string }) => i.purpose);
	expect(purposes).toContain('maskable');
	for (const icon of manifest.icons) expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
});
