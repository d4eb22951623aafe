module.exports = {
  ...require('../jest.preset.js'),
  displayName: require('./package.json').name,
  // The e2e files start a real server and publish through it; on a loaded 2-core machine one journey step took
  // over jest's 5 s default while the same step takes ≈0.3 s on a quiet one.
  testTimeout: 30000,
};
