// Finds nginx for the deployment test: $NGINX_PATH, or Debian's /usr/sbin/nginx.
import { existsSync } from 'node:fs';

/** The path of an nginx binary, or undefined. */
export function findNginx() {
  return [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => p && existsSync(p));
}
