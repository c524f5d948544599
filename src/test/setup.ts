import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { registerStrings } from '../i18n';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import '../store/builders';

// Components are rendered directly here, not through the chapter loader: give them every string.
registerStrings({ en, zh });

// React 19 + Testing Library without vitest globals: unmount between tests.
afterEach(() => cleanup());

// A test may wait on a cold lazy chunk (see wait.ts): seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 30_000 });
