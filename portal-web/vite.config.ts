import { defineConfig } from 'vite';

// Built into the Maven module's classes as a webjar; engine-app serves it at "/".
export default defineConfig({
  base: '/webjars/portal-web/',
  build: {
    outDir: 'target/classes/META-INF/resources/webjars/portal-web',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // `npx vite` during development: the API comes from the running platform
    proxy: { '/api': 'http://localhost:8080', '/login': 'http://localhost:8080', '/logout': 'http://localhost:8080' },
  },
});
