// The paxos lessons' titles, narration, questions and choices.
export const lessonsPaxos: Record<string, string> = {};
