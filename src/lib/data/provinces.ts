// Province and region names in both languages, from the bundled province list.
import { parseCsvText } from '../io/csv';

export interface Names {
	vi: string;
	en: string;
}

export interface ProvinceDirectory {
	unitNames: Map<string, Names>;
	regionNames: Map<string, Names>;
}

export function readProvinceDirectory(csv: string): ProvinceDirectory {
	const { headers, rows } = parseCsvText(csv);
	const col = (name: string) => headers.indexOf(name);
	const [code, nameVi, nameEn, region, regionVi, regionEn] = [
		'code',
		'name_vi',
		'name_en',
		'region_code',
		'region_vi',
		'region_en'
	].map(col);
	const unitNames = new Map<string, Names>();
	const regionNames = new Map<string, Names>();
	for (const r of rows) {
		unitNames.set(r[code], { vi: r[nameVi], en: r[nameEn] });
		if (region >= 0) regionNames.set(r[region], { vi: r[regionVi], en: r[regionEn] });
	}
	return { unitNames, regionNames };
}
