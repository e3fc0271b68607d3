// The pure rules of housing and utilities: periods, reading windows, reading input and checks,
// meter verification, tariffs, billing, the ЕПД and its payment QR. No database, no clock, no env.

export * from './decimal';
export * from './window';
export * from './reading-input';
export * from './norms';
export * from './consumption';
export * from './verification';
export * from './reading-checks';
export * from './tariffs';
export * from './billing';
export * from './epd';
export * from './qr';
