// Labels and messages of the workbooks view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
