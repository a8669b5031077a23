export * from './procedure';
export * from './errors';
export * from './config';
