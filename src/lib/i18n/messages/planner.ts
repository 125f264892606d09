// Labels and messages of the planner view.

export const vi = {};

export const en: Record<keyof typeof vi, string> = {};
