export * from './accounts';
export * from './registry';
export * from './links';
export * from './notifications';
export * from './usage';
export * from './audit';
export * from './housing';
export * from './payments';
