import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The Chromium the browser tests drive: a system one when there is one (Debian's
 * /usr/bin/chromium, Chrome on a Mac, or GAZETA_CHROMIUM=/path), else the build that npm
 * installs with the dev dependency @sparticuz/chromium (Linux x64; unpacked to the temporary
 * directory on first use), so that `npm test` needs nothing but Node and npm there.
 * GAZETA_CHROMIUM=npm skips the system one.
 */
const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface FoundChromium {
  executablePath: string;
  source: 'system' | 'npm';
}

export async function findChromium(): Promise<FoundChromium> {
  const wanted = process.env.GAZETA_CHROMIUM;
  if (wanted && wanted !== 'npm') {
    if (!existsSync(wanted)) throw new Error(`GAZETA_CHROMIUM=${wanted}: no such file`);
    return { executablePath: wanted, source: 'system' };
  }
  const system = wanted === 'npm' ? undefined : SYSTEM.find((path) => existsSync(path));
  if (system) return { executablePath: system, source: 'system' };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), source: 'npm' };
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, source } = await findChromium();
  console.log(`Chromium for the browser tests: ${source === 'npm' ? '@sparticuz/chromium (npm)' : 'system'}, ${executablePath}`);
  // The npm build is made for servers without a GPU: it draws with SwiftShader.
  const args = source === 'npm' ? [...ARGS, '--use-gl=angle', '--use-angle=swiftshader', '--no-zygote'] : ARGS;
  return chromium.launch({ executablePath, args });
}
