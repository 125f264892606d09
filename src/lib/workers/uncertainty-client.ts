// Starting an uncertainty analysis in its worker from the page: progress and the result come back
// through callbacks; `cancel` terminates the worker at once.
import type {
	UncertaintyInput,
	UncertaintyOptions,
	UncertaintyResult,
	UncertaintySpec
} from '../model/analysis/uncertainty';
import type { UncertaintyReply } from './uncertainty-messages';

export interface UncertaintyCallbacks {
	progress: (done: number, total: number) => void;
	done: (result: UncertaintyResult, ms: number) => void;
	error: (message: string) => void;
}

export function startUncertainty(
	input: UncertaintyInput,
	spec: UncertaintySpec,
	options: UncertaintyOptions,
	on: UncertaintyCallbacks
): { cancel: () => void } {
	const worker = new Worker(new URL('./uncertainty.worker.ts', import.meta.url), {
		type: 'module'
	});
	worker.onmessage = (e: MessageEvent<UncertaintyReply>) => {
		const reply = e.data;
		if (reply.type === 'progress') on.progress(reply.done, reply.total);
		else {
			worker.terminate();
			if (reply.type === 'done') on.done(reply.result, reply.ms);
			else on.error(reply.message);
		}
	};
	worker.onerror = (e) => {
		worker.terminate();
		on.error(e.message || 'worker error');
	};
	worker.postMessage({ type: 'run', input, spec, options });
	return { cancel: () => worker.terminate() };
}
