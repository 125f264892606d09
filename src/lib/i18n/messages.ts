// Every label and message of the UI in Vietnamese (default) and English, one file per feature
// under messages/; keys are checked by type and both languages must define every key.
import type { Locale } from './numbers';
import * as common from './messages/common';
import * as weights from './messages/weights';
import * as profile from './messages/profile';
import * as explain from './messages/explain';
import * as methods from './messages/methods';
import * as planner from './messages/planner';
import * as map from './messages/map';
import * as learn from './messages/learn';
import * as data from './messages/data';
import * as workbooks from './messages/workbooks';
import * as about from './messages/about';

const vi = {
	...common.vi,
	...weights.vi,
	...profile.vi,
	...explain.vi,
	...methods.vi,
	...planner.vi,
	...map.vi,
	...learn.vi,
	...data.vi,
	...workbooks.vi,
	...about.vi
};
const en: Record<keyof typeof vi, string> = {
	...common.en,
	...weights.en,
	...profile.en,
	...explain.en,
	...methods.en,
	...planner.en,
	...map.en,
	...learn.en,
	...data.en,
	...workbooks.en,
	...about.en
};

export type MessageKey = keyof typeof vi;

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function translate(
	locale: Locale,
	key: MessageKey,
	params: Record<string, string> = {}
): string {
	return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
}
