// Starts tools/site/serve.mjs on a port for the scripts that photograph or audit the built site.
import { spawn } from 'node:child_process'

/** Resolves once it listens with the server (kill it with `.kill()`) and its port: port 0 takes a free one. */
export async function startStaticServer(port, env = {}) {
  const server = spawn('node', ['tools/site/serve.mjs'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let printed = ''
  const listening = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      printed += chunk
      const serving = / at http:\/\/[^/]*:(\d+)/.exec(printed)
      if (serving) resolve(Number(serving[1]))
    })
    server.once('exit', (code) =>
      reject(new Error(`the server stopped (exit ${code}); run "npm run build" first`)),
    )
  })
  return { server, port: listening }
}
