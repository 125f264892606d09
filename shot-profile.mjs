import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking'] });
for (const [lang, w, h] of [['vi', 1366, 768], ['en', 1366, 768], ['vi', 1920, 1080], ['en', 1920, 1080]]) {
	const page = await browser.newPage({ viewport: { width: w, height: h } });
	page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(lang, m.type(), m.text()); });
	await page.goto(`http://localhost:4183/${lang === 'en' ? '?lang=en' : ''}`);
	await page.locator('#selected-unit').selectOption({ label: lang === 'en' ? 'Thanh Hoa (38)' : 'Thanh Hóa (38)' });
	await page.getByRole('tab', { name: lang === 'en' ? 'Province profile' : 'Hồ sơ tỉnh' }).click();
	await page.waitForTimeout(300);
	await page.screenshot({ path: `/tmp/p/profile-${lang}-${w}.png` });
	const panel = page.locator('.panel');
	await panel.evaluate((el) => (el.scrollTop = 520));
	await page.screenshot({ path: `/tmp/p/profile-${lang}-${w}-2.png` });
	await panel.evaluate((el) => (el.scrollTop = 1100));
	await page.screenshot({ path: `/tmp/p/profile-${lang}-${w}-3.png` });
	await page.close();
}
await browser.close();
