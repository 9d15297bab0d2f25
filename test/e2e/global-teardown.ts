/** Stops the server global-setup.ts started. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.apeE2eServer?.close();
  globalThis.apeE2eServer = undefined;
}
