export * from './dist/cjs/instance';
export { default } from './dist/cjs/instance';
