'use strict';
// v4 deep import path (`@clerk/clerk-sdk-node/instance`) for tools that ignore package.json "exports".
const built = require('./dist/cjs/instance.js');
Object.defineProperty(exports, '__esModule', { value: true });
for (const key of Object.keys(built)) exports[key] = built[key];
exports.default = built.default;
