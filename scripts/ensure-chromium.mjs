// Makes sure a Chromium for Playwright exists: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// installed with apt-get when absent (Playwright cannot download its own browser here).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(path)) {
	if (process.env.CHROMIUM_PATH) {
		console.error(`CHROMIUM_PATH=${path} does not exist`);
		process.exit(1);
	}
	console.log('Chromium not found: installing Debian chromium (apt-get)…');
	const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
	execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium`, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}
