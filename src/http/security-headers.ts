/**
 * Security headers on every answer (helmet): GraphiQL, the explorer, the API and the CSV route. The Content
 * Security Policy lets a page run only scripts and styles served by this server (GraphiQL's start-up script
 * is a file, not inline: graphiql-page.ts), talk to this server only, and never be framed; a CSV download or a
 * JSON answer cannot be sniffed into HTML. Both pages are tested under it in Chromium: every explorer test
 * and GraphiQL's fail on any violation the browser reports (tests/helpers/browser.ts). HSTS is the TLS proxy's to send
 * (docs/security.md): this server speaks plain HTTP behind it.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Inline styles: Cytoscape (the explorer's thread graph) adds a <style> element and the views
  // set style attributes (tested: a strict style-src breaks them; GraphiQL alone would not need it). Styles
  // cannot run code; scripts, which can, stay strictly 'self'.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // data: for the explorer's empty favicon and GraphiQL's icons; blob: for the PNG and SVG downloads.
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Same-origin pages with no cross-origin embeds: COEP would only get in the way of downloads.
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
  });
}
