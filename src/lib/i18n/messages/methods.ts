// Labels and messages of the methods view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
