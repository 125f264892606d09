// Indicator codes of a framework in tree (data column) order.
import type { Tree } from './tree';

export function indicatorCodes(tree: Tree): string[] {
	return tree.indicators.map((i) => tree.nodes[i].code);
}
