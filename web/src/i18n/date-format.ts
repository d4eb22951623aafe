/** Dates as a PM in China writes them: 2026-12-04 14:03:05 (ui.md). */
export const DATE_TIME = 'YYYY-MM-DD HH:mm:ss';
