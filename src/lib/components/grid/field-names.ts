// Display names of the workbook's field names (the Framework, Method and Treatment sheets' headers,
// the Bounds sheet's row labels): the field name stays the header's code (it is the workbook's
// header cell and the file format's column name), the name below it is in the UI language.
import type { MessageKey } from '$lib/i18n/messages';
import { RATIO_HEADER } from '$lib/workbook/layout';

export const FIELD_KEYS: Readonly<Record<string, MessageKey>> = {
	parent: 'gridFieldParent',
	name_vi: 'gridFieldNameVi',
	name_en: 'gridFieldNameEn',
	level: 'gridFieldLevel',
	weight: 'gridFieldWeight',
	direction: 'gridFieldDirection',
	unit: 'gridFieldUnit',
	lead_department: 'gridFieldLeadDepartment',
	denominator: 'gridFieldDenominator',
	imputation: 'gridFieldImputation',
	treatment: 'gridFieldTreatment',
	normalisation: 'gridFieldNormalisation',
	goalpost_min: 'gridFieldGoalpostMin',
	goalpost_max: 'gridFieldGoalpostMax',
	aggregation: 'gridFieldAggregation',
	min_children: 'gridFieldMinChildren',
	'settings (JSON)': 'gridFieldSettingsJson',
	outcome: 'gridFieldOutcome',
	points: 'gridFieldPoints',
	low: 'gridFieldLow',
	high: 'gridFieldHigh',
	min: 'gridFieldMin',
	max: 'gridFieldMax',
	mean: 'gridFieldMean',
	sd: 'gridFieldSd',
	skew_before: 'gridFieldSkewBefore',
	kurt_before: 'gridFieldKurtBefore',
	skew_after: 'gridFieldSkewAfter',
	kurt_after: 'gridFieldKurtAfter',
	[RATIO_HEADER]: 'gridFieldRatio'
};

/** The display name of a field in the UI language, or '' for a field without one. */
export function fieldName(field: string, t: (key: MessageKey) => string): string {
	const key = Object.hasOwn(FIELD_KEYS, field) ? FIELD_KEYS[field] : undefined;
	return key ? t(key) : '';
}
