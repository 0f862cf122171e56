// The commit lessons' titles, narration, questions and choices.
export const lessonsCommit: Record<string, string> = {};
