// Labels and messages of the learn view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
