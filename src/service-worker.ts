// Offline: the app shell and every built asset are cached at install and served cache-first, so the
// app opens and works without a network after the first visit. A new build installs beside the old
// one and waits; it takes over only when the page asks (the user agreed to reload).
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'pii-workbench-';
const CACHE = `${PREFIX}${version}`;
const SHELL = `${base}/`;
const ASSETS = [...build, ...files, SHELL];
const CACHED = new Set(ASSETS);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	// Every page of this single-page app is the shell.
	const key = request.mode === 'navigate' ? SHELL : url.pathname;
	if (request.mode === 'navigate' || CACHED.has(url.pathname)) {
		const hit = await cache.match(key);
		if (hit) return hit;
	}
	try {
		return await fetch(request);
	} catch (e) {
		const fallback = await cache.match(key);
		if (fallback) return fallback;
		throw e;
	}
}

/** `vite dev` lists no built files: then the network serves everything (no stale pages). */
const DEV = build.length === 0;

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (DEV || request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
