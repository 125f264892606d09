// Labels and messages of the data view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
