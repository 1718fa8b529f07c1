import { createApp } from 'vue';
import { configure } from 'evt-widgets';
// Registers the elements before Vue mounts, so Vue sees their properties (`:pageSize` sets a property).
import 'evt-widgets/define';
import App from './App.vue';

configure({ endpoint: import.meta.env.VITE_EVT_ENDPOINT, token: import.meta.env.VITE_EVT_TOKEN });

createApp(App).mount('#app');
