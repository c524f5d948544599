import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// React 19 + Testing Library without vitest globals: unmount between tests.
afterEach(() => cleanup());
