/**
 * Mounting after a first commit: what is out of sight on arrival mounts in a background render
 * React starts just after the commit that shows the rest (SPEC §6 chapter ready). The render is
 * sliced, so it may span several frames. Used by the app's shell (the closed shortcuts dialog)
 * and by the network chapter (the panels below the figure).
 */
import { useDeferredValue } from 'react';

/** False in the first commit; true from the background render just after it. */
export const useAfterFirstCommit = (): boolean => useDeferredValue(true, false);
