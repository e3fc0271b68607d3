// The pure core of payments: statuses, callback signatures, amounts, idempotency fingerprints,
// ЕПД limits and the sandbox's cards. No database, no clock, no env. signature and fingerprint
// use node:crypto: client forms import './amount' or './sandbox-cards' directly, not this index.

export * from './status';
export * from './signature';
export * from './amount';
export * from './amount-schema';
export * from './fingerprint';
export * from './epd-amount';
export * from './sandbox-cards';
