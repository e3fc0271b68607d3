// The city's clock and calendar: Moscow time, calendar days, working days with the official
// holidays, and months as billing periods. Pure: the instant is always an argument.

export * from './clock';
export * from './calendar';
export * from './working-days';
export * from './period';
