// Import problems in the UI language: the message key of each problem code and where it is.
import type { MessageKey } from '../i18n/messages';
import type { ImportIssue, ImportIssueCode } from './import-issues';

const KEYS: Record<ImportIssueCode, MessageKey> = {
	'empty-file': 'impEmptyFile',
	'too-large': 'impTooLarge',
	'encoding-utf16': 'impEncodingUtf16',
	'encoding-legacy': 'impEncodingLegacy',
	'binary-file': 'impBinaryFile',
	'html-file': 'impHtmlFile',
	'bom-inside': 'impBomInside',
	'csv-quote': 'impCsvQuote',
	'xlsx-unreadable': 'impXlsxUnreadable',
	'sheet-missing': 'impSheetMissing',
	'no-header': 'impNoHeader',
	'extra-header-row': 'impExtraHeaderRow',
	'title-rows-skipped': 'impTitleRowsSkipped',
	'no-unit-column': 'impNoUnitColumn',
	'no-indicator-column': 'impNoIndicatorColumn',
	'empty-header': 'impEmptyHeader',
	'unknown-column': 'impUnknownColumn',
	'unknown-indicator': 'impUnknownIndicator',
	'duplicate-indicator': 'impDuplicateIndicator',
	'unknown-unit': 'impUnknownUnit',
	'unit-mismatch': 'impUnitMismatch',
	'duplicate-unit': 'impDuplicateUnit',
	'duplicate-cell': 'impDuplicateCell',
	'missing-unit': 'impMissingUnit',
	'missing-indicator': 'impMissingIndicator',
	'missing-column': 'impMissingColumn',
	'not-a-number': 'impNotANumber',
	'mixed-decimal': 'impMixedDecimal',
	'long-row': 'impLongRow',
	'short-row': 'impShortRow',
	'no-data-rows': 'impNoDataRows',
	'out-of-range': 'impOutOfRange',
	framework: 'impFramework'
};

type Translate = (key: MessageKey, params?: Record<string, string>) => string;

/** "Row 5, column D (1.1.2)" or "" when the problem concerns the whole file. */
export function issuePlace(t: Translate, i: ImportIssue): string {
	const header = i.params?.header;
	const col = i.col ? (header && header !== i.col ? `${i.col} (${header})` : i.col) : '';
	if (i.row !== undefined && col) return t('issueRowCol', { row: String(i.row), col });
	if (i.row !== undefined) return t('issueRow', { row: String(i.row) });
	if (col) return t('issueCol', { col });
	return '';
}

export function issueMessage(t: Translate, i: ImportIssue): string {
	return t(KEYS[i.code], { row: String(i.row ?? ''), col: i.col ?? '', ...i.params });
}
