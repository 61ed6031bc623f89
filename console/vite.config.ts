/**
 * Vite build of the moderator console. Run from the repository root by scripts/build-console.mjs
 * (`vite build --config console/vite.config.ts`); the output in dist/console is served by the service.
 * Paths are resolved from this file so the build works from any working directory.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    // Everything is bundled: no CDN, no external fonts (moderators may work on locked-down networks).
    assetsInlineLimit: 4096,
    sourcemap: true,
  },
  server: {
    // `npx vite --config console/vite.config.ts` during development talks to a local `chaperone serve`.
    proxy: { '/v1': process.env.CHAPERONE_URL ?? 'http://127.0.0.1:8080' },
  },
});
