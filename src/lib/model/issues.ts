// Formatting of located problems (row, column, code) into one readable line each.
import type { Issue } from './types';

export function formatIssue(issue: Issue, file?: string): string {
	const where: string[] = [];
	if (file) where.push(file);
	if (issue.row !== undefined) where.push(`row ${issue.row}`);
	if (issue.column !== undefined) where.push(`column ${issue.column}`);
	if (issue.code !== undefined) where.push(`code ${issue.code}`);
	const prefix = where.length ? `${where.join(', ')}: ` : '';
	return `${issue.severity}: ${prefix}${issue.message}`;
}
