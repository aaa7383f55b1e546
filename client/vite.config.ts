import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientDir = path.dirname(fileURLToPath(import.meta.url));
// In development the API runs on its own port; the browser talks to Vite, which forwards API traffic.
const apiOrigin = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': path.join(clientDir, 'src') } },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiOrigin },
      '/healthz': { target: apiOrigin },
      '/readyz': { target: apiOrigin },
      '/socket.io': { target: apiOrigin, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        manualChunks(id) {
          if (!id.includes('/node_modules/')) return undefined;
          if (id.includes('/node_modules/zod/')) return 'zod';
          if (/\/node_modules\/(react|react-dom|react-router|scheduler)\//.test(id)) return 'react';
          // The charts (recharts and its d3 parts) in a chunk of their own.
          if (/\/node_modules\/(recharts|d3-[a-z-]+|victory-vendor|decimal\.js-light)\//.test(id))
            return 'charts';
          return 'vendor';
        },
      },
      onwarn(warning, warn) {
        // zod's sources carry comments that Rollup cannot place; harmless and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/node_modules/')) return;
        warn(warning);
      },
    },
  },
});
