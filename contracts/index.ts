export * from './procedure';
export * from './errors';
export * from './config';
export * from './assistant';
