import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY, isAllowedRequest, isAppUrl, isTrustedSender } from '../../../src/main/security.ts';

describe('the app origin', () => {
  it('is exactly app://policy-matrix (or the local dev server in development)', () => {
    expect(isAppUrl(APP_ENTRY_URL, undefined)).toBe(true);
    expect(isAppUrl('app://policy-matrix/index.html#/matrix', undefined)).toBe(true);
    expect(isAppUrl('app://policy-matrix/assets/index-abc.js', undefined)).toBe(true);
    expect(isAppUrl('app://other/index.html', undefined)).toBe(false);
    expect(isAppUrl('app://policy-matrix.evil/index.html', undefined)).toBe(false);
    expect(isAppUrl('app://user:pw@policy-matrix/index.html', undefined)).toBe(false);
    // file:// is no longer the app, whatever the path.
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', undefined)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/matrix', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('https://example.com/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url', undefined)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', undefined)).toBe(false);
  });

  it('only its top frame may call main', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null }, undefined)).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: { url: APP_ENTRY_URL } }, undefined)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null }, undefined)).toBe(false);
    expect(isTrustedSender(null, undefined)).toBe(false);
  });

  it('the window may request nothing but its own origin (and devtools / data: URLs)', () => {
    expect(isAllowedRequest('app://policy-matrix/assets/a.css', undefined)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', undefined)).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', undefined)).toBe(true);
    expect(isAllowedRequest('file:///etc/passwd', undefined)).toBe(false);
    expect(isAllowedRequest('https://fonts.example/x.woff2', undefined)).toBe(false);
  });

  it('the CSP names no remote origin, forbids eval and frames', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/frame-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
  });
});
