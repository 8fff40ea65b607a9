import { configure } from '@testing-library/react';

// The same widget tests again, every render wrapped in <StrictMode>: double effects and
// renders must change nothing a user sees.
configure({ reactStrictMode: true });
