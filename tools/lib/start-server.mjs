// Starts tools/site/serve.mjs on a port for the scripts that photograph or audit the built site.
import { spawn } from 'node:child_process'

/** Resolves with the running server once it listens; kill it with `.kill()`. */
export async function startStaticServer(port, env = {}) {
  const server = spawn('node', ['tools/site/serve.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve)
    server.once('exit', (code) =>
      reject(new Error(`the server stopped (exit ${code}); run "npm run build" first`)),
    )
  })
  return server
}
