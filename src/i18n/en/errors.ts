// Errors and notices a run or a scenario can end with, as people read them.

export const errors = {
  'budget.stopped': 'Stopped at {{at}} ms: {{exceeded}}; shorten the run or slow the timers',
  'budget.events': 'more than {{limit}} events',
  'budget.inFlight': 'more than {{limit}} messages in flight',
  'budget.checkpointMemory': 'more than {{limit}} MB of checkpoints',
} as const;
