// Labels and messages of the map view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
