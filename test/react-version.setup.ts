import { version } from 'react';
import { version as domVersion } from 'react-dom';

// CI runs the widget tests twice: on the installed React 19 and, with OKR_REACT=18, on React 18
// from .ci/react18 (vitest.config.ts). This fails every widget test file unless the React the
// tests import is the one the run claims.
const major = process.env.OKR_REACT === '18' ? '18' : '19';
for (const [name, actual] of [
  ['react', version],
  ['react-dom', domVersion],
] as const) {
  if (actual.split('.')[0] !== major) {
    throw new Error(`expected ${name} ${major}, the widget tests loaded ${name} ${actual}`);
  }
}
