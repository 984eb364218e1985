// Browser mode listens on loopback, but any web page the user visits can still
// send requests to it. These checks refuse requests whose Host is not our own
// address (DNS rebinding) or that come from another origin.

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

function allowedHosts(port: number): Set<string> {
  return new Set(LOOPBACK_NAMES.map((name) => `${name}:${port}`));
}

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader !== undefined && allowedHosts(port).has(hostHeader.toLowerCase());
}

/** Requests without an Origin header (not sent by a browser on same-origin GET) pass. */
export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  const hosts = allowedHosts(port);
  return [...hosts].some((host) => originHeader.toLowerCase() === `http://${host}`);
}
