// Starts the demo API server on 127.0.0.1 and opens Chromium (default) or Firefox (--firefox)
// with the freshly built extension loaded on the demo page. No internet needed.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startServer } from '../demo/server.mjs';
import { launchChromium } from './chromium.mjs';

const firefox = process.argv.includes('--firefox');
const port = Number(process.env.STATUSLENS_DEMO_PORT ?? 8787);

let server;
try {
  server = await startServer({ port });
} catch {
  server = await startServer({ port: 0 }); // 8787 is taken: any free port will do
}
const demo = `${server.url}/demo`;
console.log(`\nStatusLens demo server: ${demo}`);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`No display found, so no browser was opened.
Load the extension by hand (see README: "Load it by hand") and open ${demo}
Press Ctrl+C to stop the demo server.`);
} else if (firefox) {
  const dist = resolve('dist/firefox');
  console.log(`Opening Firefox ESR with ${dist} …`);
  const child = spawn('npx', ['web-ext', 'run', '--source-dir', dist, '--firefox', '/usr/bin/firefox-esr', '--start-url', demo, '--no-reload'], { stdio: 'inherit' });
  child.on('exit', async () => {
    await server.close();
    process.exit(0);
  });
} else {
  const dist = resolve('dist/chrome');
  console.log(`Opening Chromium with ${dist} …`);
  const { context } = await launchChromium({ dist, headless: false, viewport: null });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(demo);
  console.log('Click the StatusLens icon (puzzle-piece menu → pin) to see the failures. Close the browser to stop.');
  context.on('close', async () => {
    await server.close();
    process.exit(0);
  });
}
