export * from './datasets.js';
export * from './metrics.js';
export * from './primary.js';
export * from './run.js';
