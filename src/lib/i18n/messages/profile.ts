// Labels and messages of the profile view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
