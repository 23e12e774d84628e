export * from './types.js';
export * from './fold.js';
export * from './gazetteer.js';
export * from './knowledge-base.js';
export * from './cameo.js';
export * from './check.js';
export * from './crosscheck.js';
export * from './sectors.js';
