import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into dist/ and served by the gateway; `npx vite` serves it for development,
// forwarding the API and Socket.IO to a gateway on :3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: { conditions: ['development'] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/auth': 'http://127.0.0.1:3000',
      '/calls': 'http://127.0.0.1:3000',
      '/dashboard': 'http://127.0.0.1:3000',
      '/ops': 'http://127.0.0.1:3000',
      '/socket.io': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
