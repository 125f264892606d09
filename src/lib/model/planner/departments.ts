// Lead departments of the PII framework (written in Vietnamese, after Hanoi's plan) in English, for
// the screens and the printed plan. Only the framework's own text is translated: a department a
// user typed is shown, exported and stored exactly as typed, in either language.
import type { Locale } from '../../i18n/numbers';

const EN: Record<string, string> = {
	'Ban Quản lý các Khu công nghiệp và chế xuất': 'Industrial and Export Processing Zones Authority',
	'Công an Thành phố': 'City Police',
	'Cục Thi hành án dân sự': 'Civil Judgment Enforcement Department',
	'Ngân hàng Chính sách xã hội chi nhánh': 'Vietnam Bank for Social Policies, city branch',
	'Ngân hàng Nhà nước chi nhánh': 'State Bank of Vietnam, city branch',
	'Sở Công Thương': 'Department of Industry and Trade',
	'Sở Giao thông Vận tải': 'Department of Transport',
	'Sở Giáo dục và Đào tạo': 'Department of Education and Training',
	'Sở Khoa học và Công nghệ': 'Department of Science and Technology',
	'Sở Kế hoạch và Đầu tư': 'Department of Planning and Investment',
	'Sở Lao động - Thương binh và Xã hội': 'Department of Labour, Invalids and Social Affairs',
	'Sở Nông nghiệp và Phát triển nông thôn': 'Department of Agriculture and Rural Development',
	'Sở Nội vụ': 'Department of Home Affairs',
	'Sở Thông tin và Truyền thông': 'Department of Information and Communications',
	'Sở Tài nguyên và Môi trường': 'Department of Natural Resources and Environment',
	'Sở Tư pháp': 'Department of Justice'
};

/** The Vietnamese departments that have an English name, as written in the framework. */
export const KNOWN_DEPARTMENTS: readonly string[] = Object.keys(EN);

/** Case, spacing, dashes and Unicode composition do not matter when looking a name up. */
const key = (name: string) =>
	name
		.normalize('NFC')
		.replace(/[‐-―−]/g, '-')
		.replace(/\s*-\s*/g, ' - ')
		.replace(/\s+/g, ' ')
		.trim()
		.toLocaleLowerCase('vi');
const BY_KEY = new Map(Object.entries(EN).map(([vi, en]) => [key(vi), en]));

/**
 * A lead-department text in the UI language: in English each ";"-separated part that names a
 * known department is replaced by its English name (separators and spacing kept), any other part
 * stays as written; in Vietnamese the text is returned unchanged.
 */
export function departmentText(text: string | undefined, locale: Locale): string {
	if (!text) return '';
	if (locale === 'vi') return text;
	return text
		.split(';')
		.map((part) => {
			const en = BY_KEY.get(key(part));
			return en ? part.replace(part.trim(), en) : part;
		})
		.join(';');
}

/**
 * Lead-department text per indicator position as shown in `locale`: the user's own assignment
 * (`assigned`, by indicator code) exactly as typed, else the framework's default in the language.
 */
export function leadDepartments(
	codes: readonly string[],
	defaults: readonly (string | undefined)[],
	assigned: Readonly<Record<string, string>>,
	locale: Locale
): string[] {
	return codes.map((code, p) => assigned[code] ?? departmentText(defaults[p], locale));
}
