// Units of measure of the PII framework (written in English in the framework file) in Vietnamese,
// for the screens and the printed plan; an unknown unit is shown as written.
import type { Locale } from '../../i18n/numbers';

const VI: Record<string, string> = {
	'%': '%',
	'PAR Index (%)': 'Chỉ số PAR (%)',
	'PCI sub-index score (0–10)': 'điểm thành phần PCI (0–10)',
	'PCI sub-index score (0–10); higher = cheaper entry':
		'điểm thành phần PCI (0–10); điểm cao = chi phí thấp',
	'billion VND': 'tỷ đồng',
	'billion VND per 1,000 workers': 'tỷ đồng/1.000 lao động',
	'composite score': 'điểm tổng hợp',
	'count or score': 'số lượng hoặc điểm',
	'index (0–1)': 'chỉ số (0–1)',
	'index (previous year = 100)': 'chỉ số (năm trước = 100)',
	'index score': 'điểm chỉ số',
	'million VND': 'triệu đồng',
	'million VND per month': 'triệu đồng/tháng',
	'per 1,000 firms': '/1.000 doanh nghiệp',
	'per 1,000 population': '/1.000 dân',
	'per 10,000 population': '/10.000 dân',
	'per commune': '/xã',
	'per student population (definition changed by 2025 to prizes in the national excellent-student exam)':
		'trên số học sinh (từ 2025 đổi thành số giải kỳ thi học sinh giỏi quốc gia)',
	'percentage points': 'điểm phần trăm',
	points: 'điểm',
	'points (0–10)': 'điểm (0–10)'
};

export function measureText(unit: string | undefined, locale: Locale): string {
	if (!unit) return '';
	return locale === 'vi' ? (VI[unit] ?? unit) : unit;
}
