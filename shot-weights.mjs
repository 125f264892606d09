import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking'] });
const [w, h, lang, level, tag] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(`http://localhost:4181/${lang === 'en' ? '?lang=en' : ''}`);
await page.getByRole('tab', { name: lang === 'en' ? 'Weights' : 'Trọng số', exact: true }).click();
if (level) await page.getByRole('button', { name: level, exact: true }).click();
if (tag === 'edit') {
  const f = page.getByRole('textbox', { name: lang === 'en' ? 'Weight P1' : 'Trọng số P1', exact: true });
  await f.fill(lang === 'en' ? '2.5' : '2,5'); await f.press('Enter');
  const g = page.getByRole('textbox', { name: lang === 'en' ? 'Weight P3' : 'Trọng số P3', exact: true });
  await g.fill('abc'); await g.press('Enter');
}
await page.waitForTimeout(300);
await page.screenshot({ path: `/tmp/weights-${w}-${lang}-${tag || 'base'}.png` });
console.log(errors.join('\n'));
await browser.close();
