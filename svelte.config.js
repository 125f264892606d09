import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// PII_BUILD_DIR lets several builds (e.g. a benchmark and a test run) live side by side.
const out = process.env.PII_BUILD_DIR || 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: 'index.html' }),
		outDir: process.env.PII_BUILD_DIR ? `${out}-kit` : '.svelte-kit'
	}
};

export default config;
