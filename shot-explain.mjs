import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking'] });
for (const [lang, w, h] of [['vi', 1366, 768], ['en', 1366, 768], ['vi', 1920, 1080], ['en', 1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
  await page.goto(`http://localhost:4185/${lang === 'en' ? '?lang=en' : ''}`);
  await page.getByRole('tab', { name: lang === 'en' ? 'Compare two provinces' : 'So sánh hai tỉnh' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/ex-compare-${lang}-${w}.png` });
  await page.getByRole('button', { name: /^(Explain the|Giải thích điểm)/ }).first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/ex-explain-${lang}-${w}.png` });
  await page.locator('[role=dialog]').evaluate((el) => el.scrollTo(0, 600));
  await page.screenshot({ path: `/tmp/ex-explain2-${lang}-${w}.png` });
  await page.getByRole('dialog').getByRole('button', { name: /^(Explain|Giải thích) OUT/ }).first().click();
  await page.waitForTimeout(200);
  await page.getByRole('dialog').getByRole('button', { name: /^(Explain|Giải thích) 2\.2\.1/ }).first().click().catch(() => {});
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/ex-drill-${lang}-${w}.png` });
  await page.close();
}
await browser.close();
