// Unit tests of the web's pure modules (message picking, diffs, release defaults); screens are tested in a real
// browser by the e2e project.
const path = require('node:path');

module.exports = {
  ...require('../jest.preset.js'),
  displayName: require('./package.json').name,
  moduleNameMapper: { '^@trackway/language$': path.join(__dirname, '../language/src/index.ts') },
};
