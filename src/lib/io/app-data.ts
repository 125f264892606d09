// The bundled lists the app's imports use: province aliases, plausible ranges, both province lists.
import aliasesCsv from '../data/aliases.csv?raw';
import rangesCsv from '../data/plausible-ranges.csv?raw';
import provinces34Csv from '../data/provinces-34.csv?raw';
import { provinces63Csv } from '../data/builtin';
import { readRanges } from './plausible';
import { knownProvinces, readAliases, type KnownUnits } from './unit-match';

export const ALIASES = readAliases(aliasesCsv);
export const RANGES = readRanges(rangesCsv);

/** The 63 provinces (2023–2024) and the 34 units (2025), for units of a new model. */
export function knownProvinceLists(): KnownUnits[] {
	return [knownProvinces(provinces63Csv, ALIASES), knownProvinces(provinces34Csv, ALIASES)];
}
