// examples/vue: a Vue 3 app built with Vite (vue-tsc checks the templates against evt-widgets/vue),
// evt-widgets from the packed tarball, exercised in Chromium. See spa.mjs for the scenario.
import { spaExample } from './spa.mjs';

spaExample('vue', 'Vue');
