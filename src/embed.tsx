/**
 * Entry of embed.html: the read-only view of the link in its query string. History is
 * replace-only so an iframe never adds entries to its host page's Back button.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { startUrlSync } from './state/urlSync';
import { EmbedApp } from './ui/share/EmbedApp';
import './ui/styles.css';
import './ui/share/share.css';
import './ui/share/embed.css';

startUrlSync({ history: 'replace' });
const queryClient = new QueryClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <EmbedApp />
    </QueryClientProvider>
  </StrictMode>,
);
