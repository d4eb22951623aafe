// Unit tests of the web's pure modules (readiness, chan simulation, plan model); the UI itself is tested in a
// real browser by the e2e project.
module.exports = {
  ...require('../jest.preset.js'),
  displayName: '@trackway/web',
  roots: ['<rootDir>/src'],
};
