import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';

/**
 * Modules that have a `.single.ts` twin for the single-file build (`vite build --mode single`): the
 * training worker inlined as a blob URL, the corpora inlined as strings, no service worker.
 */
const SINGLE_SWAPS = ['src/worker/spawn.ts', 'src/store/corpusText.ts', 'src/offline/register.ts'].map((p) =>
  resolve(import.meta.dirname, p),
);

function singleFileSwaps(): Plugin {
  return {
    name: 'unrolled-single-file',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const r = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (r && SINGLE_SWAPS.includes(r.id)) return r.id.replace(/\.ts$/, '.single.ts');
      return null;
    },
    // KaTeX's CSS lists woff2, woff and ttf for each font; every browser that runs the app reads woff2,
    // so the single file inlines only those (1 MB less)
    transform(code, id) {
      if (!id.includes('katex') || !id.includes('.css')) return null;
      return code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\("(woff|truetype)"\)/g, '');
    },
    // the file:// guard of index.html points at this build: it has no business in it
    // and the icon comes inline (there is no public folder next to the file)
    transformIndexHtml: (html) =>
      html
        .replace(/<script id="file-guard">[\s\S]*?<\/script>/, '')
        .replace(
          'href="./favicon.svg"',
          `href="data:image/svg+xml,${encodeURIComponent(readFileSync(resolve(import.meta.dirname, 'public/favicon.svg'), 'utf8'))}"`,
        ),
    // one file with the name the docs promise
    closeBundle() {
      const from = resolve(import.meta.dirname, 'dist-single/index.html');
      if (existsSync(from)) renameSync(from, resolve(import.meta.dirname, 'dist-single/unrolled.html'));
    },
  };
}

/**
 * The Content-Security-Policy of the built app, as a meta tag (a static host may set no headers):
 * scripts from the app's origin only (plus the file:// guard, by its hash), WebAssembly allowed,
 * fonts from the app's origin (no data: fonts), and Trusted Types (src/security/trustedTypes.ts).
 * Not in dev (Vite's client injects inline scripts) nor in the single-file build (all inline).
 * docs/security.md explains each directive.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'unrolled-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const guard = /<script id="file-guard">([\s\S]*?)<\/script>/.exec(html);
        const hash = guard ? `'sha256-${createHash('sha256').update(guard[1]).digest('base64')}'` : '';
        const policy = [
          "default-src 'self'",
          `script-src 'self' 'wasm-unsafe-eval' ${hash}`.trim(),
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self'",
          "worker-src 'self' blob:",
          "connect-src 'self'",
          "manifest-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'none'",
          "require-trusted-types-for 'script'",
          'trusted-types unrolled-katex default',
        ].join('; ');
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

/** The app precached by a Workbox service worker: code, CSS, KaTeX fonts, icon and shipped corpora. */
const pwa = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      name: 'Unrolled',
      short_name: 'Unrolled',
      description: 'Step through a character-level RNN, LSTM or GRU one timestep at a time.',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d2330',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    workbox: {
      // woff2 only: KaTeX also ships woff and ttf, which no browser that runs the app asks for
      globPatterns: ['**/*.{js,css,html,svg,woff2,txt}'],
      // the main bundle is ~0.9 MB; Workbox's default limit (2 MiB) leaves room, state it anyway
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: single
      ? [react(), singleFileSwaps(), viteSingleFile({ removeViteModuleLoader: true })]
      : [react(), pwa(), contentSecurityPolicy()],
    // module workers from blob: URLs are refused on file:// (an opaque origin); a classic one is not
    worker: { format: single ? 'iife' : 'es' },
    build: single
      ? { outDir: 'dist-single', emptyOutDir: true, assetsInlineLimit: () => true }
      : // fonts are files, never data: URLs (the CSP allows fonts from the app's origin only)
        { assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined) },
    publicDir: single ? false : 'public',
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.*'],
      environment: 'node',
      setupFiles: ['src/i18n/testSetup.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
    },
  };
});
