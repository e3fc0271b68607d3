// The pure rules of doctor appointments: specialties, slots from weekly hours, working days,
// waiting-time targets, booking rules, the waitlist and the .ics ticket. No database, no clock, no env.

export * from './specialties';
export * from './slots';
export * from './waiting';
export * from './rules';
export * from './waitlist';
export * from './ics';
