module.exports = {
  ...require('../jest.preset.js'),
  displayName: require('./package.json').name,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
