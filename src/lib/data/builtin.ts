// The built-in PII framework, province list and illustrative datasets, bundled as text.
import frameworkCsv from './pii-framework.csv?raw';
import provinces63Csv from './provinces-63.csv?raw';
import illustrative2023Csv from './illustrative-2023.csv?raw';

export { frameworkCsv, provinces63Csv, illustrative2023Csv };
