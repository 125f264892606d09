// Web Worker running an uncertainty analysis in steps of ~50 ms, reporting progress after each;
// the page cancels by terminating the worker.
import { createUncertaintyRun } from '../model/analysis/uncertainty-run';
import type { UncertaintyReply, UncertaintyRequest } from './uncertainty-messages';

const post = (reply: UncertaintyReply) => postMessage(reply);

onmessage = (e: MessageEvent<UncertaintyRequest>) => {
	const { input, spec, options } = e.data;
	try {
		const t0 = performance.now();
		const run = createUncertaintyRun(input, spec, options);
		let chunk = 10;
		let done = 0;
		while (done < run.total) {
			const t = performance.now();
			done = run.step(chunk);
			post({ type: 'progress', done, total: run.total });
			const ms = performance.now() - t;
			if (ms < 30) chunk *= 2;
			else if (ms > 80) chunk = Math.max(1, Math.floor(chunk / 2));
		}
		post({ type: 'done', result: run.result(), ms: performance.now() - t0 });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
