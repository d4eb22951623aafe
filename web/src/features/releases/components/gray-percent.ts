/** The gray steps of ui.md: a rollout goes 1 → 5 → 10 → 20 → 50 → 100 %. */
export const GRAY_STEPS = [1, 5, 10, 20, 50, 100] as const;

export const GRAY_MARKS = Object.fromEntries(GRAY_STEPS.map((p) => [p, `${p}%`]));
