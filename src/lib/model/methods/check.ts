// Method settings against a framework and dataset: codes that exist, denominator columns the data
// carries, goalposts where needed, and the means refused because a child can be 0 or negative
// (geometric: negative; harmonic: 0 or negative — min-max to [1, 100] avoids both).
import type { AggregationMethod, MethodSettings } from '../method';
import type { Tree } from '../tree';
import type { Issue } from '../types';
import { lowestScore } from './normalise';
import { planMethod, type MethodPlan } from './plan';

export interface MethodDataInfo {
	/** Names of the denominator columns the dataset carries. */
	denominators: string[];
	/** Whether any unit has a region (group-mean imputation needs one). */
	hasRegions: boolean;
}

export interface AggregationRefusal {
	/** Settings path that chose the mean: aggregation.method or aggregation.levels.<level>. */
	path: string;
	level: number;
	method: AggregationMethod;
	/** An aggregate refused and a child of it that can be 0 or negative. */
	aggregate: string;
	child: string;
	/** Lowest score the child can have. */
	lowest: number;
}

/** Lowest score every node can have under the plan (tree order). */
export function lowestScores(tree: Tree, plan: MethodPlan): Float64Array {
	const low = new Float64Array(tree.nodes.length);
	tree.indicators.forEach((node, p) => {
		low[node] = lowestScore(plan.indicators[p].normalisation, plan.range);
	});
	for (const a of tree.aggregates) low[a] = Math.min(...tree.children[a].map((k) => low[k]));
	return low;
}

/** Geometric means over a child that can be negative, harmonic means over one that can be 0. */
export function aggregationRefusals(
	tree: Tree,
	method: MethodSettings,
	plan = planMethod(tree, method)
): AggregationRefusal[] {
	const low = lowestScores(tree, plan);
	const refusals: AggregationRefusal[] = [];
	for (const level of tree.levels)
		for (const a of tree.aggregatesByLevel.get(level) as number[]) {
			const mean = (plan.aggregates[a] as { method: AggregationMethod }).method;
			if (mean === 'arithmetic') continue;
			const child = tree.children[a].find((k) => (mean === 'harmonic' ? low[k] <= 0 : low[k] < 0));
			if (child === undefined) continue;
			const path = Object.hasOwn(method.aggregation.levels, String(level))
				? `aggregation.levels.${level}`
				: 'aggregation.method';
			refusals.push({
				path,
				level,
				method: mean,
				aggregate: tree.nodes[a].code,
				child: tree.nodes[child].code,
				lowest: low[child]
			});
			break;
		}
	return refusals;
}

export function describeRefusal(r: AggregationRefusal): string {
	const can = r.lowest === 0 ? 'can be 0' : 'can be negative';
	return `${r.path}: the ${r.method} mean is refused at level ${r.level}: ${r.child} (under ${r.aggregate}) ${can}; normalise by min-max to [1, 100] (normalisation.range) or use the arithmetic mean`;
}

/** Every problem of the settings for this framework and data (errors and warnings). */
export function checkMethod(tree: Tree, method: MethodSettings, data: MethodDataInfo): Issue[] {
	const issues: Issue[] = [];
	const error = (message: string) => issues.push({ severity: 'error', message });
	const indicators = new Set(tree.indicators.map((i) => tree.nodes[i].code));
	const aggregates = new Set(tree.aggregates.map((i) => tree.nodes[i].code));
	const knownIndicators = (record: Record<string, unknown>, path: string) => {
		for (const code of Object.keys(record))
			if (!indicators.has(code)) error(`${path}.${code}: no indicator "${code}" in the framework`);
	};
	knownIndicators(method.denominators, 'denominators');
	for (const [code, column] of Object.entries(method.denominators))
		if (!data.denominators.includes(column))
			error(
				`denominators.${code}: the data has no denominator column "${column}"` +
					(data.denominators.length ? ` (it has: ${data.denominators.join(', ')})` : '')
			);
	knownIndicators(method.imputation.overrides, 'imputation.overrides');
	knownIndicators(method.treatment.overrides, 'treatment.overrides');
	knownIndicators(method.normalisation.overrides, 'normalisation.overrides');
	knownIndicators(method.normalisation.goalposts, 'normalisation.goalposts');
	for (const level of Object.keys(method.aggregation.levels))
		if (!tree.levels.includes(Number(level)))
			error(
				`aggregation.levels.${level}: no aggregation level ${level} (levels: ${tree.levels.join(', ')})`
			);
	for (const code of Object.keys(method.aggregation.thresholds))
		if (!aggregates.has(code))
			error(`aggregation.thresholds.${code}: no aggregate "${code}" in the framework`);
	if (issues.length) return issues;

	const plan = planMethod(tree, method);
	const noGoalposts = plan.indicators.filter(
		(p) => p.normalisation === 'goalposts' && !p.goalposts
	);
	if (noGoalposts.length)
		error(
			`normalisation.goalposts: goalposts normalisation needs [min, max] for ${noGoalposts
				.map((p) => p.code)
				.join(', ')}`
		);
	for (const r of aggregationRefusals(tree, method, plan)) error(describeRefusal(r));
	if (plan.uses.groups && !data.hasRegions)
		issues.push({
			severity: 'warning',
			message:
				'imputation: group-mean imputation needs a region per unit and the data has none: missing values stay missing'
		});
	return issues;
}
