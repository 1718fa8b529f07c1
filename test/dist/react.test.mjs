// examples/react: a React 19 app built with Vite, evt-widgets from the packed tarball (the
// dependencies from the npm registry), exercised in Chromium. See spa.mjs for the scenario.
import { spaExample } from './spa.mjs';

spaExample('react', 'React');
