export * from './dist/cjs/testing';
