// How persistence facts read on screen: a stored-record problem as a sentence, a date and time in
// the UI locale.
import type { MessageKey } from '../i18n/messages';
import type { Locale } from '../i18n/numbers';
import type { IssueCode, StoredIssue } from './validate';

const ISSUE_KEYS: Record<IssueCode, MessageKey> = {
	notText: 'fileIssueNotText',
	notNumber: 'fileIssueNotNumber',
	notList: 'fileIssueNotList',
	notObject: 'fileIssueNotObject',
	negative: 'fileIssueNegative',
	notDirection: 'fileIssueNotDirection',
	notInteger: 'fileIssueNotInteger',
	empty: 'fileIssueEmpty',
	duplicate: 'fileIssueDuplicate',
	unknownCode: 'fileIssueUnknownCode',
	missingCode: 'fileIssueMissingCode',
	length: 'fileIssueLength',
	framework: 'fileIssueFramework',
	unknownScenario: 'fileIssueUnknownScenario',
	format: 'fileIssueFormat',
	json: 'fileIssueJson',
	newer: 'fileIssueNewer',
	noVersion: 'fileIssueNoVersion',
	gap: 'fileIssueGap'
};

type Translate = (key: MessageKey, params?: Record<string, string>) => string;

/** One problem as a sentence naming its path, e.g. "scenarios[1].values[3][7]: không phải là số". */
export function issueText(t: Translate, issue: StoredIssue): string {
	return t(ISSUE_KEYS[issue.code], { path: issue.path, detail: issue.detail ?? '' });
}

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** Date and time in the UI locale (vi "14:05 12/03/2025", en "12/03/2025, 14:05"). */
export function formatDateTime(ms: number, locale: Locale): string {
	let f = formats.get(locale);
	if (!f) {
		f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit'
		});
		formats.set(locale, f);
	}
	return f.format(ms);
}
