#!/usr/bin/env node
// `npm start`: the Events API emulator on http://127.0.0.1:4100 and the demo site on
// http://localhost:5173, together; Ctrl+C stops both.
import { createServer } from 'vite';
import { startEmulator } from './emulator/index.mjs';

const emulator = await startEmulator({ port: 4100, quiet: false }).catch((err) => {
  console.error(`Could not start the emulator on port 4100: ${err.message}`);
  console.error('Is another `npm start` or `npm run emulator` still running? Stop it and try again.');
  process.exit(1);
});

const vite = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname });
try {
  await vite.listen();
} catch (err) {
  console.error(`Could not start the demo site on port 5173: ${err.message}`);
  await emulator.close();
  process.exit(1);
}

console.log(`
  Events API emulator   ${emulator.url}
    outbound marketing  ${emulator.omBase}
    real-time journeys  ${emulator.rtmBase}
    web app token       demo-token

  Demo site             http://localhost:5173/
`);

const stop = async () => {
  await Promise.allSettled([vite.close(), emulator.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
