/**
 * The Excel add-in's bundles.
 *
 * - `taskpane` (the pane) and `commands` (the ribbon's ExecuteFunction) are both loaded by taskpane.html: the add-in
 *   uses a shared runtime, and `runtimeChunk: 'single'` makes the two entries share one module instance of
 *   everything (the services, the one evaluation in flight).
 * - The preview (src/preview: the pane outside Office over the Excel stand-in, which uses ExcelJS) is a separate
 *   chunk loaded by dynamic import() only when Office is absent: the add-in's initial bundle holds neither.
 * - manifest.xml is copied to dist/ with https://localhost:3000 replaced by $ADDIN_PUBLIC_URL in production.
 *
 * `webpack serve` (npm run dev-server) serves https://localhost:3000 with office-addin-dev-certs' certificates,
 * or plain http with a warning when they cannot be made. `--env preview` serves plain http (npm run preview).
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';
const PORT = 3000;

/** The public address of the add-in's files in a production build, without a trailing slash. */
function publicUrl(production) {
  const raw = process.env.ADDIN_PUBLIC_URL;
  if (!production || !raw) {
    if (production) console.warn(`[webpack] ADDIN_PUBLIC_URL is not set: dist/manifest.xml keeps ${DEV_URL}.`);
    return DEV_URL;
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_PUBLIC_URL must be https (Office loads add-ins only over https): ${raw}`);
  return url.href.replace(/\/+$/u, '');
}

/** office-addin-dev-certs' certificate for https://localhost, or null (then http, with the reason). */
async function devHttpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    if (options && options.key && options.cert) return options;
    throw new Error('no certificate was returned');
  } catch (error) {
    console.warn(
      [
        '',
        '[dev-server] Could not make or trust a localhost certificate with office-addin-dev-certs:',
        `  ${error instanceof Error ? error.message : String(error)}`,
        '  On Linux as root it needs `sudo` present (apt-get install -y sudo); or run `npx office-addin-dev-certs install`.',
        `  Serving PLAIN HTTP on http://localhost:${PORT} instead. Office will not load the add-in from http;`,
        '  the browser preview (http://localhost:3000/taskpane.html) works.',
        '',
      ].join('\n'),
    );
    return null;
  }
}

function swcRule(test, tsx, development) {
  return {
    test,
    exclude: /node_modules/u,
    use: {
      loader: 'swc-loader',
      options: {
        // The project's .swcrc (if any) is for jest; the bundle's settings are all here.
        swcrc: false,
        jsc: {
          parser: { syntax: 'typescript', tsx },
          // Office's webviews: WebView2 (Chromium), Safari/WKWebView on Mac, EdgeHTML on older Windows.
          target: 'es2017',
          transform: { react: { runtime: 'automatic', development } },
        },
        sourceMaps: true,
      },
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const development = !production;
  const serving = Boolean(env.WEBPACK_SERVE);
  const preview = Boolean(env.preview);
  const url = publicUrl(production);
  const https = serving && !preview ? await devHttpsOptions() : null;

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js', '.mjs'],
    },
    module: {
      rules: [swcRule(/\.ts$/u, false, development), swcRule(/\.tsx$/u, true, development)],
    },
    optimization: {
      runtimeChunk: 'single',
      splitChunks: { chunks: 'all' },
    },
    performance: {
      // The initial bundle's budget is checked by gzip size in the README's instructions (≤ 200 KB); the
      // preview chunk (ExcelJS) is large by nature and never loaded inside Office.
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/support/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (url === DEV_URL ? content : content.toString('utf8').split(DEV_URL).join(url)),
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      hot: false,
      liveReload: !preview,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      server: https ? { type: 'https', options: https } : 'http',
      client: { overlay: { errors: true, warnings: false } },
      devMiddleware: { writeToDisk: false },
    },
  };
};
