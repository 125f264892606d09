// Explain a score and compare two provinces: the workbook formula, the waterfall whose contributions
// add up to the score, drilling down to an indicator, Esc to close; a gap decomposed into parts.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseLocaleNumber, type Locale } from '../../src/lib/i18n/numbers';

async function num(loc: Locator, locale: Locale = 'vi'): Promise<number> {
	const parsed = parseLocaleNumber(await loc.innerText(), locale);
	if (!parsed.ok || parsed.value === null)
		throw new Error(`not a number: ${await loc.innerText()}`);
	return parsed.value;
}

async function openCompare(page: Page, lang: Locale = 'vi') {
	await page.goto(lang === 'en' ? '/?lang=en' : '/');
	await page
		.getByRole('tab', { name: lang === 'en' ? 'Compare two provinces' : 'So sánh hai tỉnh' })
		.click();
}

test('explains a PII score: formula, waterfall, contributions adding up, drill down, Esc', async ({
	page
}) => {
	await openCompare(page);
	await page.getByLabel('Tỉnh A').selectOption({ label: 'Đà Nẵng (48)' });
	const scoreA = await page.getByTestId('score-A').innerText();
	const explainA = page.getByRole('button', { name: 'Giải thích điểm PII của Đà Nẵng' });
	await explainA.click();

	const dialog = page.getByRole('dialog', { name: /Giải thích điểm/ });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(dialog.getByRole('heading', { level: 2 })).toContainText('PII');
	await expect(dialog.getByText('Điểm của Đà Nẵng')).toBeVisible();
	await expect(dialog.getByTestId('explain-score')).toHaveText(scoreA);
	await expect(dialog.locator('code').first()).toContainText('=IFERROR(');
	await expect(dialog.getByRole('img', { name: /Biểu đồ thác nước/ })).toBeVisible();

	// The table of all 52 contributions totals the displayed score.
	const table = dialog.getByRole('table', { name: 'Đóng góp của từng chỉ số' });
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(52);
	await expect(dialog.getByTestId('contrib-total')).toHaveText(scoreA);
	let sum = 0;
	for (const cell of await rows.locator('td:last-child').all()) sum += await num(cell);
	expect(Math.abs(sum - (await num(dialog.getByTestId('explain-score'))))).toBeLessThan(52 * 0.005);

	// Drill down: PII → OUT (its score as listed among the children) → an indicator.
	const outRow = dialog
		.getByRole('row')
		.filter({ has: page.getByRole('button', { name: /^Giải thích OUT/ }) });
	const outScore = await outRow.locator('td').last().innerText();
	await dialog.getByRole('button', { name: /^Giải thích OUT/ }).click();
	await expect(dialog.getByRole('heading', { level: 2 })).toContainText('OUT');
	await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(dialog.getByTestId('explain-score')).toHaveText(outScore);
	await expect(dialog.getByTestId('contrib-total')).toHaveText(outScore);
	await expect(table.locator('tbody tr')).toHaveCount(17);

	const first = table.locator('tbody tr').first();
	const code = (await first.locator('.code').innerText()).trim();
	const contribution = await num(first.locator('td').last());
	await first.getByRole('button').click();
	await expect(dialog.getByRole('heading', { level: 2 })).toContainText(code);
	await expect(dialog.getByText('Chuẩn hóa min–max')).toBeVisible();
	await expect(dialog.locator('code').first()).toContainText('Bounds!');
	const indicatorScore = await dialog.getByTestId('explain-score').innerText();
	await expect(dialog.getByText(`= ${indicatorScore}`)).toBeVisible();
	expect(await num(dialog.getByTestId('explain-score'))).toBeGreaterThanOrEqual(contribution);

	// Up again, then Esc closes and focus goes back to the button that opened the panel.
	await dialog.getByRole('button', { name: /^Giải thích cấp trên/ }).click();
	await expect(dialog.getByRole('heading', { level: 2 })).not.toContainText(code);
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(explainA).toBeFocused();
});

test('the Close button closes the explanation', async ({ page }) => {
	await openCompare(page);
	await page
		.getByRole('button', { name: /^Giải thích điểm PII của/ })
		.last()
		.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Đóng', exact: true }).click();
	await expect(dialog).toHaveCount(0);
});

test('compares two provinces: the gap is A − B and its parts add up to it', async ({ page }) => {
	await openCompare(page);
	await page.getByLabel('Tỉnh A').selectOption({ label: 'Cần Thơ (92)' });
	await page.getByLabel('Tỉnh B').selectOption({ label: 'Đà Nẵng (48)' });
	await expect(page.getByRole('button', { name: 'Giải thích điểm PII của Cần Thơ' })).toBeVisible();
	await expect(page.getByRole('img', { name: /Cần Thơ và Đà Nẵng/ })).toBeVisible();

	const check = async (indicators: number) => {
		const a = await num(page.getByTestId('score-A'));
		const b = await num(page.getByTestId('score-B'));
		const gap = await num(page.getByTestId('gap'));
		expect(Math.abs(gap - (a - b))).toBeLessThanOrEqual(0.0101);
		await expect(page.getByTestId('parts-total')).toHaveText(
			await page.getByTestId('gap').innerText()
		);
		const table = page.getByRole('table', { name: 'Chênh lệch phân rã theo chỉ số' });
		await expect(table.locator('tbody tr')).toHaveCount(indicators);
		return { a, gap };
	};
	const pii = await check(52);

	// The same on a pillar: fewer parts, a different gap, still adding up.
	const piiA = await page.getByTestId('score-A').innerText();
	const nodeSelect = page.getByLabel('Điểm so sánh');
	const p6Option = nodeSelect.locator('option', { hasText: 'P6 — ' });
	await nodeSelect.selectOption((await p6Option.getAttribute('value')) ?? '');
	await expect(page.getByTestId('score-A')).not.toHaveText(piiA);
	const p6 = await check(9);
	expect(p6.gap).not.toBe(pii.gap);

	// Explaining from the comparison opens the node being compared.
	await page.getByRole('button', { name: 'Giải thích điểm P6 của Đà Nẵng' }).click();
	await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toContainText('P6');
	await page.keyboard.press('Escape');

	// The same province twice: no gap.
	await page.getByLabel('Tỉnh B').selectOption({ label: 'Cần Thơ (92)' });
	await expect(page.getByTestId('gap')).toHaveText('0,00');
	await expect(page.getByText('Hai lựa chọn là cùng một tỉnh')).toBeVisible();
});

test('in English: explanation and comparison with English numbers', async ({ page }) => {
	await openCompare(page, 'en');
	await page.getByLabel('Province B').selectOption({ label: 'Can Tho (92)' });
	const a = await num(page.getByTestId('score-A'), 'en');
	const b = await num(page.getByTestId('score-B'), 'en');
	expect(Math.abs((await num(page.getByTestId('gap'), 'en')) - (a - b))).toBeLessThanOrEqual(
		0.0101
	);
	await expect(page.getByTestId('parts-total')).toHaveText(
		await page.getByTestId('gap').innerText()
	);
	await expect(page.getByTestId('gap')).toHaveText(/^-?\d+\.\d\d$/);

	await page.getByRole('button', { name: 'Explain the PII score of Can Tho' }).click();
	const dialog = page.getByRole('dialog', { name: /Explain a score/ });
	await expect(dialog.getByText('Formula in the workbook')).toBeVisible();
	await expect(dialog.locator('code').first()).toContainText('IFERROR');
	await expect(dialog.getByRole('img', { name: /^Waterfall/ })).toBeVisible();
	await expect(dialog.getByTestId('contrib-total')).toHaveText(
		await dialog.getByTestId('explain-score').innerText()
	);
	await expect(dialog.getByText('Total of contributions')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
});
