// Words for workbook places: a level of the framework, a sheet, a cell ("Hà Nội's 1.1 score"), in
// the UI language, for the trace panel and the walkthrough.
import type { MessageKey } from '../i18n/messages';
import type { Tree } from '../model/tree';
import type { Workbench } from '../state/workbench.svelte';
import { SHEETS, a1 } from '../workbook/layout';
import { cellMeaning } from './cell-meaning';
import type { CellRef } from './formula-tokens';

export type Translate = (key: MessageKey, params?: Record<string, string>) => string;

export interface LabelContext {
	tree: Tree;
	nUnits: number;
	t: Translate;
	unitLabel: (unit: number) => string;
}

/** The PII shape (levels 2–5) has named levels; any other framework says "level n". */
function namedLevels(tree: Tree): boolean {
	return tree.levels.join(',') === '2,3,4,5';
}

/** Name of a level of the framework (1 = indicators), singular or plural. */
export function levelName(tree: Tree, level: number, t: Translate, plural = false): string {
	if (level === 1 || namedLevels(tree))
		return t(`${plural ? 'levelPlural' : 'levelName'}${level as 1 | 2 | 3 | 4 | 5}`);
	return t(plural ? 'levelPluralN' : 'levelNameN', { level: String(level) });
}

const SHEET_KEYS: Record<string, MessageKey> = {
	[SHEETS.framework]: 'sheetFramework',
	[SHEETS.data]: 'sheetData',
	[SHEETS.bounds]: 'sheetBounds',
	[SHEETS.normalised]: 'sheetNormalised',
	[SHEETS.results]: 'sheetResults'
};

/** A sheet's name in the UI language (as on the sheet tabs). */
export function sheetLabel(tree: Tree, sheet: string, t: Translate): string {
	const key = SHEET_KEYS[sheet];
	if (key) return t(key);
	const level = Number(/^Level(\d+)$/.exec(sheet)?.[1]);
	if (!level) return sheet;
	return namedLevels(tree)
		? t(`sheetLevel${level as 2 | 3 | 4 | 5}`)
		: t('sheetLevel', { level: String(level) });
}

/** The spreadsheet address of a cell, e.g. "Level2!C5". */
export function cellAddress(ref: CellRef): string {
	return `${ref.sheet}!${a1(ref.col, ref.row)}`;
}

/** What a cell holds, in words: "Hà Nội's 1.1 score", "the weight of P3 (W_P3)"… */
export function describeCell(ctx: LabelContext, ref: CellRef): string {
	const { tree, t } = ctx;
	const m = cellMeaning(tree, ctx.nUnits, ref);
	const code = 'node' in m ? tree.nodes[m.node].code : '';
	const unit = 'unit' in m ? ctx.unitLabel(m.unit) : '';
	switch (m.kind) {
		case 'raw':
			return t('cellRaw', { code, unit });
		case 'stage':
			return t('cellStage', { code, unit, sheet: m.sheet });
		case 'bound':
			return t(m.bound === 'min' ? 'cellBoundMin' : 'cellBoundMax', { code });
		case 'score':
			return t('cellScore', { code, unit });
		case 'result':
			return t('cellResult', { code, unit });
		case 'ratio':
			return t('cellRatio', { unit });
		case 'weight':
			return t('cellWeight', { code });
		case 'direction':
			return t('cellDirection', { code });
		default:
			return t('cellLabel');
	}
}

/** The label context of the open workbook, or null before one is open. */
export function benchLabels(bench: Workbench): LabelContext | null {
	const wb = bench.workbook;
	return wb
		? { tree: wb.tree, nUnits: wb.nUnits, t: bench.t, unitLabel: (u) => bench.unitLabel(u) }
		: null;
}
