import { createServer } from 'node:net'

import { startStaticServer } from '../tools/lib/start-server.mjs'

/** The first port from `from` on that nothing listens on at 127.0.0.1. */
async function freePort(from = 4500): Promise<number> {
  for (let port = from; port < from + 200; port += 1) {
    const free = await new Promise<boolean>((answer) => {
      const server = createServer()
      server.once('error', () => answer(false))
      server.listen(port, '127.0.0.1', () => server.close(() => answer(true)))
    })
    if (free) return port
  }
  throw new Error(`no free port in ${from}–${from + 199}`)
}

/** Serves a build's out/ with the project's own static server (tools/site/serve.mjs, compression on). */
export async function serve(outDir: string) {
  const port = await freePort()
  const server = await startStaticServer(port, { OUT_DIR: outDir, BASE_PATH: '' })
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.kill() }
}
