/**
 * Serves dist/ over plain http on http://localhost:3000 (PORT to change it): the browser preview of the pane
 * (outside Office, over the Excel stand-in) for people and for the end-to-end tests. Office itself needs https:
 * use `npm run dev-server` for that.
 */
import { resolve } from 'node:path';
import { serveDirectory } from './static-server';

const ROOT = resolve(__dirname, '..', 'dist');
const PORT = Number(process.env.PORT ?? 3000);

serveDirectory(ROOT, PORT).then(
  () => console.log(`Preview: http://localhost:${PORT}/taskpane.html (serving ${ROOT}; Ctrl+C to stop)`),
  (error: unknown) => {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    console.error(missing ? 'dist/taskpane.html is missing: build first (npm run build:dev or npm run build).' : String(error));
    process.exit(1);
  },
);
