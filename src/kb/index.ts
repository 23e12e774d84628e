export * from './types.js';
export * from './fold.js';
export * from './gazetteer.js';
export * from './knowledge-base.js';
export * from './cameo.js';
