// `npm run generate:data`: writes the illustrative 2023 and 2025 datasets to src/lib/data/ and
// prints how closely the app's kernel, run on the written files, reproduces the published scores.
import { writeFileSync } from 'node:fs';
import { calibrate, formatReport } from './illustrative/calibration';
import { generateIllustrative, OUTPUT_FILE } from './illustrative/generate';
import type { Edition } from './illustrative/targets';

const editions: Edition[] = [2023, 2025];
for (const edition of editions) {
	const { csv } = generateIllustrative(edition);
	const url = new URL(`../src/lib/data/${OUTPUT_FILE[edition]}`, import.meta.url);
	writeFileSync(url, csv, 'utf8');
	console.log(`wrote src/lib/data/${OUTPUT_FILE[edition]}\n`);
	console.log(formatReport(calibrate(edition, csv)) + '\n');
}
