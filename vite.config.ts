import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * Content-Security-Policy for the built pages only (the dev server's React refresh needs
 * an inline script). Defence in depth: article text is never rendered as HTML anyway.
 * The explorer may fetch a reader's own corpus over https (`?corpus=https://…`, CORS
 * permitting); the embed page never calls another origin (`connect-src 'self'`).
 */
const csp = (connect: string) =>
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  `connect-src ${connect}; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'`;

function cspPlugin(): Plugin {
  return {
    name: 'parley-csp',
    apply: 'build',
    transformIndexHtml: (html, ctx) => {
      const embed = /embed\.html$/.test(ctx.filename);
      const policy = csp(embed ? "'self' blob: data:" : "'self' https: blob: data:");
      return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}

// Relative base so the built app (and its embed page) work from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), cspPlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
