import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// No @vitejs/plugin-react: esbuild's automatic JSX runtime is all the app needs (no fast refresh).
export default defineConfig({
  root,
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Cytoscape alone is about 560 kB minified; it is one cacheable chunk, loaded once.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      onwarn(warning, warn) {
        // TanStack Query marks its hooks "use client" for React Server Components; in a browser bundle
        // the directive means nothing, and Rollup warns about every file (and its source map) that has it.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || (warning.code === 'SOURCEMAP_ERROR' && warning.id?.includes('@tanstack'))) return;
        warn(warning);
      },
      output: {
        // Keep the two large libraries in their own cacheable chunks.
        manualChunks(id) {
          if (id.includes('node_modules/cytoscape') || id.includes('node_modules/cose-base') || id.includes('node_modules/layout-base')) return 'graph-vendor';
          if (id.includes('node_modules/chart.js') || id.includes('node_modules/react-chartjs-2') || id.includes('node_modules/@kurkle')) return 'chart-vendor';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler') || id.includes('node_modules/@tanstack')) return 'react-vendor';
          return undefined;
        },
      },
    },
  },
  server: {
    // `npm start` serves the API on :4000; KENNISGRAAF_API points the dev server at another one.
    proxy: { '/graphql': process.env.KENNISGRAAF_API ?? 'http://localhost:4000' },
  },
});
