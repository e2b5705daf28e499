'use strict';
// The emulator entry (`@clerk/clerk-sdk-node/testing`) for tools that ignore package.json "exports".
module.exports = require('./dist/cjs/testing.js');
