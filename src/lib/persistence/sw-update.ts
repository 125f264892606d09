// A new version of the app: the service worker of the new build waits until the user agrees to
// reload; then it takes over and the page reloads once (the work is saved before).

/** Call `onWaiting` when a new version is installed and waiting; returns a stop function. */
export function watchForUpdate(onWaiting: (reg: ServiceWorkerRegistration) => void): () => void {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => undefined;
	let stopped = false;
	let timer: ReturnType<typeof setInterval> | undefined;
	void navigator.serviceWorker.ready.then((reg) => {
		if (stopped) return;
		const check = () => {
			if (!stopped && reg.waiting && navigator.serviceWorker.controller) onWaiting(reg);
		};
		check();
		reg.addEventListener('updatefound', () => {
			const worker = reg.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') check();
			});
		});
		// Look for a new version now and then while the app stays open.
		timer = setInterval(() => void reg.update().catch(() => undefined), 30 * 60_000);
	});
	return () => {
		stopped = true;
		clearInterval(timer);
	};
}

/** Let the waiting version take over, and reload when it has. */
export function applyUpdate(reg: ServiceWorkerRegistration): void {
	const waiting = reg.waiting;
	if (!waiting) return location.reload();
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
		once: true
	});
	waiting.postMessage({ type: 'SKIP_WAITING' });
}
