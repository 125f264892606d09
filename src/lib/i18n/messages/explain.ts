// Labels and messages of the explain view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
