import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

type Directives = Record<string, string[] | null>;

/**
 * The Content-Security-Policy of every response: the web app loads only its own scripts and
 * styles (no inline code; the Vite build emits none), talks only to its own origin (REST and
 * Socket.IO), plays the redacted recording from a `blob:` URL, and may not be framed.
 */
export const APP_CSP: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'media-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  // Samtal's services speak plain HTTP behind the operator's TLS terminator; upgrading here would
  // break the loopback setups (dev, tests), and HSTS covers deployments reached over HTTPS.
  'upgrade-insecure-requests': null,
};

/** Swagger UI (`/docs`) sets styles inline; it gets that and nothing else beyond the app's policy. */
export const DOCS_CSP: Directives = { ...APP_CSP, 'style-src': ["'self'", "'unsafe-inline'"] };

function headers(directives: Directives): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    // Belt and braces for browsers without frame-ancestors.
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/**
 * Hardening headers for every Samtal service (applied in `startService`): CSP, X-Frame-Options
 * DENY, X-Content-Type-Options nosniff, Referrer-Policy no-referrer, HSTS, cross-origin isolation
 * of resources, and no X-Powered-By.
 */
export function securityHeaders(docsPath = '/docs'): RequestHandler {
  const app = headers(APP_CSP);
  const docs = headers(DOCS_CSP);
  return (req: Request, res: Response, next: NextFunction) => (req.path === docsPath || req.path.startsWith(`${docsPath}/`) ? docs : app)(req, res, next);
}
