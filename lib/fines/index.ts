// The pure rules of traffic fines: the УИН and its check digit, the КоАП articles without a
// discount, the deadlines in Moscow calendar days, the amount due and the status at an instant, and
// the documents a check is made by. No database, no clock, no env.

export * from './uin';
export * from './articles';
export * from './deadlines';
export * from './status';
export * from './documents';
