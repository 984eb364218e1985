// Which form of Node's permission model this Node has: `--permission` (stable from
// Node 22.13/23.5), `--experimental-permission` (20.x to 22), or none.

export type PermissionSupport = { flag: '--permission' | '--experimental-permission' } | { flag: null; reason: string };

export function permissionSupport(flags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): PermissionSupport {
  if (flags.has('--permission')) return { flag: '--permission' };
  if (flags.has('--experimental-permission')) return { flag: '--experimental-permission' };
  return { flag: null, reason: `Node ${process.version} has no permission model (Node 20 or later has one)` };
}

/** Read access to these paths only; no write access, no child processes, workers, addons or WASI. */
export function permissionArguments(support: PermissionSupport, readable: string[]): string[] {
  if (!support.flag) return [];
  return [support.flag, ...readable.map((target) => `--allow-fs-read=${target}`)];
}
