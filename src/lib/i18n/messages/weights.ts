// Labels and messages of the weights view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
