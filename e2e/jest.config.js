module.exports = {
  ...require('../jest.preset.js'),
  displayName: require('./package.json').name,
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  // A cold chromium start and monaco's first load take seconds on 2 shared cores.
  testTimeout: 120000,
};
