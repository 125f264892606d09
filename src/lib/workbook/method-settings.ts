// Method settings entering the workbook (read from a plain object, defaults filled in, checked
// against the framework and the data) and read back from the Method sheet's JSON cell.
import { denominatorsOf } from '../model/dataset';
import { defaultMethod, type MethodSettings } from '../model/method';
import { checkMethod } from '../model/methods/check';
import { parseMethodJson, parseMethodValue } from '../model/methods/parse';
import { planMethod, type MethodPlan } from '../model/methods/plan';
import type { Tree } from '../model/tree';
import type { Dataset } from '../model/types';

/** The settings, or an error naming every problem. */
export function validatedMethod(
	tree: Tree,
	dataset: Dataset,
	value: MethodSettings
): MethodSettings {
	const read = parseMethodValue(value);
	if (!read.ok) throw new Error(read.errors.map((e) => e.message).join('\n'));
	const errors = checkMethod(tree, read.value, {
		denominators: denominatorsOf(dataset).names,
		hasRegions: dataset.units.some((u) => u.region)
	}).filter((i) => i.severity === 'error');
	if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
	return read.value;
}

export interface MethodState {
	/** The JSON cell's text the settings were read from. */
	json: string;
	method: MethodSettings;
	plan: MethodPlan;
}

/** Settings in the Method sheet's JSON cell (reusing `last` while the text is unchanged). */
export function methodFromCell(cell: unknown, tree: Tree, last: MethodState | null): MethodState {
	const json = typeof cell === 'string' ? cell : '{}';
	if (last?.json === json) return last;
	const read = parseMethodJson(json);
	const method = read.ok ? read.value : defaultMethod();
	return { json, method, plan: planMethod(tree, method) };
}
