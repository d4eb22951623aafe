// Unit tests of the web's pure modules (readiness, chan simulation, plan model, message picking, diffs, release
// defaults); the screens are tested in a real browser by the e2e project.
const path = require('node:path');

module.exports = {
  ...require('../jest.preset.js'),
  displayName: require('./package.json').name,
  roots: ['<rootDir>/src'],
  moduleNameMapper: { '^@trackway/language$': path.join(__dirname, '../language/src/index.ts') },
};
