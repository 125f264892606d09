// Messages between the page and the uncertainty worker (structured-clone friendly).
import type {
	UncertaintyInput,
	UncertaintyOptions,
	UncertaintyResult,
	UncertaintySpec
} from '../model/analysis/uncertainty';

export interface UncertaintyRequest {
	type: 'run';
	input: UncertaintyInput;
	spec: UncertaintySpec;
	options: UncertaintyOptions;
}

export type UncertaintyReply =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: UncertaintyResult; ms: number }
	| { type: 'error'; message: string };
