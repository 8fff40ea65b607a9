import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Tests render into one document: each starts from an empty one.
afterEach(() => cleanup());
