// Shared jest settings: swc compiles TypeScript with decorator metadata (≈3× faster than ts-jest here),
// and workspace packages resolve to their sources so tests never need a build first.
const path = require('node:path');
const swcrc = require('./.swcrc.json');

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false, sourceMaps: 'inline' }] },
  moduleNameMapper: {
    '^@trackway/language$': path.join(__dirname, 'language/src/index.ts'),
    '^@trackway/migrations$': path.join(__dirname, 'migrations/src/index.ts'),
  },
  testMatch: ['**/*.spec.ts', '**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
