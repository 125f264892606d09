// The checking toolkit of stored records and files: problem codes, a collector that names the path
// of each problem (e.g. "scenarios[1].values[3][7]") and stops after enough of them, type checks.
import { isObject } from './migrate';

export type IssueCode =
	| 'notText'
	| 'notNumber'
	| 'notList'
	| 'notObject'
	| 'negative'
	| 'notDirection'
	| 'notInteger'
	| 'empty'
	| 'duplicate'
	| 'unknownCode'
	| 'missingCode'
	| 'length'
	| 'framework'
	| 'unknownScenario'
	| 'format'
	| 'json'
	| 'newer'
	| 'noVersion'
	| 'gap';

export interface StoredIssue {
	/** Where in the record or file, e.g. "workbook.units[4].code". */
	path: string;
	code: IssueCode;
	/** Extra detail: an expected count, a code, or the framework checker's message. */
	detail?: string;
}

/** Enough to say what is wrong without flooding the screen. */
const MAX_ISSUES = 50;

/** The dimensions every state of a workbook must have. */
export interface Shape {
	nUnits: number;
	indicators: string[];
	nodeCodes: string[];
	indicatorCodes: Set<string>;
}

export class Checker {
	readonly issues: StoredIssue[] = [];
	add(path: string, code: IssueCode, detail?: string): void {
		if (this.issues.length < MAX_ISSUES) this.issues.push({ path, code, detail });
	}
	get full(): boolean {
		return this.issues.length >= MAX_ISSUES;
	}
	text(x: unknown, path: string, nonEmpty = false): x is string {
		if (typeof x !== 'string') this.add(path, 'notText');
		else if (nonEmpty && x.trim() === '') this.add(path, 'empty');
		else return true;
		return false;
	}
	number(x: unknown, path: string): x is number {
		if (typeof x === 'number' && Number.isFinite(x)) return true;
		this.add(path, 'notNumber');
		return false;
	}
	list(x: unknown, path: string): x is unknown[] {
		if (Array.isArray(x)) return true;
		this.add(path, 'notList');
		return false;
	}
	object(x: unknown, path: string): x is Record<string, unknown> {
		if (isObject(x)) return true;
		this.add(path, 'notObject');
		return false;
	}
	optionalText(x: unknown, path: string): void {
		if (x !== undefined) this.text(x, path);
	}
}

export const at = (prefix: string, key: string | number) =>
	typeof key === 'number' ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key;

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: StoredIssue[] };
