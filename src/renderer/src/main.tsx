// The api client first: in a browser it takes the token out of the address before any route reads it.
import './api/client.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The cascade layers' order and the tokens first, then the page base and the shared controls.
import './ui/tokens.css';
import './ui/base.css';
import './ui/controls.css';
import './ui/focus.css';
import { App } from './app/App.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
