import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configure } from 'evt-widgets';
// Registers <evt-list>, <evt-detail> and <evt-register> before React renders them, so React 19
// sees their properties and sets `pageSize={…}` as a property, not as an attribute.
import 'evt-widgets/define';
import { App } from './App';

configure({ endpoint: import.meta.env.VITE_EVT_ENDPOINT, token: import.meta.env.VITE_EVT_TOKEN });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
