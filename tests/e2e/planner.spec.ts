// Planner journeys: live targets in both bounds modes, "what it takes" checked in the workbook and
// written into it, the printable Vietnamese action plan, peers and the 63 → 34 merge in English.
import { expect, test, type Page } from '@playwright/test';

async function openPlanner(page: Page, province: string, en = false) {
	await page.goto(en ? '/?lang=en' : '/');
	await page
		.getByRole('combobox', { name: en ? 'Selected province' : 'Tỉnh/thành đang chọn' })
		.selectOption({ label: province });
	await page.getByRole('tab', { name: en ? 'Targets & plans' : 'Mục tiêu & kế hoạch' }).click();
}

async function rankInTable(page: Page, name: string): Promise<number> {
	const row = page
		.getByRole('table', { name: 'Xếp hạng' })
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name, exact: true }) });
	return Number(await row.getByRole('cell').first().innerText());
}

test('targets recompute live; re-based and frozen bounds disagree when the leader raises the maximum', async ({
	page
}) => {
	await openPlanner(page, 'Quảng Ninh (22)');
	const now = page.getByTestId('plan-now');
	const withTargets = page.getByTestId('plan-with-targets');
	await expect(now).toHaveText('PII 48,03 · hạng 9/63');
	await page.getByRole('textbox', { name: 'Mục tiêu chỉ số 7.1.2' }).fill('3,069');
	await page.getByRole('textbox', { name: 'Mục tiêu chỉ số 7.1.2' }).press('Enter');
	await expect(withTargets).toHaveText('PII 48,03 · hạng 6/63');
	await page.getByRole('radio', { name: 'Giữ cố định theo số liệu hiện tại' }).check();
	await expect(withTargets).toHaveText('PII 48,03 · hạng 9/63');
	await page.getByRole('radio', { name: /Tính lại trên mọi tỉnh/ }).check();
	await page.getByRole('textbox', { name: /Mức cải thiện giả định/ }).fill('5');
	await page.getByRole('textbox', { name: /Mức cải thiện giả định/ }).press('Enter');
	await expect(now).not.toHaveText('PII 48,03 · hạng 9/63');
	await expect(page.getByText('NaN')).toHaveCount(0);
});

test('what it takes: a plan checked in the workbook, written into it, printed as a Vietnamese plan', async ({
	page
}) => {
	await openPlanner(page, 'Nghệ An (40)');
	await page.getByRole('tab', { name: 'Cần gì để đạt' }).click();
	await page.getByRole('spinbutton', { name: 'Hạng mục tiêu' }).fill('10');
	await page.getByRole('button', { name: 'Tính phương án' }).click();
	await expect(page.getByTestId('plan-result')).toContainText(/Đạt mục tiêu: hạng (10|[1-9])\/63/);
	await expect(page.getByTestId('plan-check')).toContainText(
		/Kiểm tra lại trong sổ tính \(đủ công thức\): hạng (10|[1-9])\/63, PII \d+,\d\d — đạt mục tiêu/,
		{ timeout: 20_000 }
	);
	await page.getByRole('button', { name: 'Lưu thành bộ mục tiêu' }).click();
	await expect(page.getByRole('tab', { name: 'Mục tiêu', exact: true })).toBeVisible();

	await page.getByRole('tab', { name: 'Mục tiêu', exact: true }).click();
	await expect(page.getByRole('combobox', { name: 'Bộ mục tiêu' })).toHaveValue('s1');
	await page.getByRole('button', { name: 'Ghi mục tiêu vào sổ tính' }).click();
	await expect.poll(() => rankInTable(page, 'Nghệ An')).toBeLessThanOrEqual(10);

	await page.getByRole('tab', { name: 'Kế hoạch hành động' }).click();
	await page.getByRole('textbox', { name: 'Thời hạn chỉ số 6.1.1' }).fill('Quý IV/2025');
	await page.getByRole('textbox', { name: 'Thời hạn chỉ số 6.1.1' }).press('Enter');
	const doc = page.getByTestId('plan-document');
	await expect(doc).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(doc).toBeVisible();
	await expect(page.getByRole('table', { name: 'Xếp hạng' })).toBeHidden();
	await expect(doc.getByRole('heading', { name: 'KẾ HOẠCH' })).toBeVisible();
	await expect(doc).toContainText(
		'Cải thiện và nâng cao Chỉ số đổi mới sáng tạo cấp địa phương (PII) của Nghệ An'
	);
	await expect(doc).toContainText(
		'Sở Khoa học và Công nghệ chủ trì theo dõi, tham mưu, đề xuất và triển khai các giải pháp'
	);
	await expect(doc.getByRole('row').filter({ hasText: '6.1.1' })).toContainText('Quý IV/2025');
	expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(10_000);
});

test('an unreachable goal is said to be so', async ({ page }) => {
	await openPlanner(page, 'Cao Bằng (04)');
	await page.getByRole('textbox', { name: /Mức cải thiện giả định/ }).fill('50');
	await page.getByRole('textbox', { name: /Mức cải thiện giả định/ }).press('Enter');
	await page.getByRole('tab', { name: 'Cần gì để đạt' }).click();
	await page.getByRole('radio', { name: 'Vượt tỉnh' }).check();
	await page
		.getByRole('combobox', { name: 'Tỉnh cần vượt' })
		.selectOption({ label: 'Hà Nội (01)' });
	await page.getByRole('button', { name: 'Tính phương án' }).click();
	await expect(page.getByTestId('plan-result')).toContainText(
		'Không thể đạt mục tiêu với các mức trần hiện tại'
	);
	await expect(page.getByTestId('plan-check')).toContainText('KHÔNG đạt mục tiêu', {
		timeout: 20_000
	});
});

test('in English: leverage, peers, and the index on the 34 merged units', async ({ page }) => {
	await openPlanner(page, 'Hai Phong (31)', true);
	await page.getByRole('tab', { name: 'Leverage' }).click();
	const leverage = page.getByRole('table', {
		name: "Leverage of each indicator on Hai Phong's PII score"
	});
	await expect(leverage.getByRole('rowheader')).toHaveCount(52);
	// All nine columns fit at 1366 px, the sort column (max gain) included: no sideways scrolling.
	expect(await leverage.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth)).toBe(0);
	await page.getByRole('tab', { name: 'Peers' }).click();
	await expect(
		page.getByRole('list', { name: 'Weaker than the peers' }).getByRole('listitem')
	).toHaveCount(5);
	await page.getByRole('tab', { name: 'Merge 63 → 34' }).click();
	await expect(page.getByTestId('merge-summary')).toHaveText(
		'21 indicators combine exactly, 26 approximately, 5 need new data.'
	);
	// The weights file picker is worded in the UI language, not the browser's.
	await expect(page.getByText('Choose a file…')).toBeVisible();
	const results = page.getByRole('table', { name: 'Results on the 34 units' });
	await expect(results.getByRole('rowheader')).toHaveCount(34);
	await expect(
		results.getByRole('row').filter({ hasText: 'Hue' }).getByRole('link')
	).toHaveAttribute('href', /^https:\/\//);
});

test('target sets are saved with the scenario and come back after a reload', async ({ page }) => {
	await openPlanner(page, 'Quảng Ninh (22)');
	await page.getByRole('textbox', { name: 'Mục tiêu chỉ số 7.1.2' }).fill('3,069');
	await page.getByRole('textbox', { name: 'Mục tiêu chỉ số 7.1.2' }).press('Enter');
	await expect(page.getByTestId('plan-with-targets')).toHaveText('PII 48,03 · hạng 6/63');
	await expect(page.getByText('Đã lưu')).toBeVisible({ timeout: 5_000 });
	await page.reload();
	await page
		.getByRole('combobox', { name: 'Tỉnh/thành đang chọn' })
		.selectOption({ label: 'Quảng Ninh (22)' });
	await page.getByRole('tab', { name: 'Mục tiêu & kế hoạch' }).click();
	await expect(page.getByRole('textbox', { name: 'Mục tiêu chỉ số 7.1.2' })).toHaveValue(
		/3[.,]069/
	);
	await expect(page.getByTestId('plan-with-targets')).toHaveText('PII 48,03 · hạng 6/63');
});
