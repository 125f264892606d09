// Labels and messages of the about view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
