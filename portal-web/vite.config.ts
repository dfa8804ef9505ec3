import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { defineConfig, Plugin } from 'vite';

/**
 * The service worker, bundled on its own (a classic script: every browser with service
 * workers runs it) and served by engine-app from the root, whose pages it controls. It
 * is told the shell's built files, to keep them; a build with other files makes another
 * worker, and browsers take it on their next visit.
 */
function serviceWorker(): Plugin {
  return {
    name: 'eservices-service-worker',
    apply: 'build',
    async generateBundle(_, bundle) {
      const base = '/webjars/portal-web/';
      // the reports page and its charting library are for staff online: not kept
      const staffOnly = (file: string) => {
        const output = bundle[file];
        return /reports/.test(file) || (output.type === 'chunk' && output.moduleIds.some((id) => /pages\/reports|chart\.js/.test(id)));
      };
      const shell = Object.keys(bundle)
        .filter((file) => /\.(js|css)$/.test(file) && !staffOnly(file))
        .sort()
        .map((file) => base + file);
      const version = createHash('sha256').update(shell.join('\n')).digest('hex').slice(0, 12);
      const worker = await build({
        entryPoints: ['src/sw/sw.ts'],
        bundle: true,
        format: 'iife',
        minify: true,
        write: false,
        target: 'es2020',
        define: { SHELL_FILES: JSON.stringify(shell), SHELL_VERSION: JSON.stringify(version) },
      });
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: worker.outputFiles[0].text });
    },
  };
}

// Built into the Maven module's classes as a webjar; engine-app serves it at "/".
export default defineConfig({
  base: '/webjars/portal-web/',
  plugins: [serviceWorker()],
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
