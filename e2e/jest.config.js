module.exports = {
  ...require('../jest.preset.js'),
  displayName: require('./package.json').name,
  // A cold chromium start and monaco's first load take seconds on 2 shared cores.
  testTimeout: 120000,
};
