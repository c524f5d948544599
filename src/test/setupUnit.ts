// The app loads the timeline builders before it makes a store (main.tsx); so do the tests.
import '../store/builders';
