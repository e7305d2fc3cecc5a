import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl } from '../../../src/main/security.ts';

describe('isAppUrl', () => {
  it('accepts the bundled renderer and the local dev server only', () => {
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', undefined)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/matrix', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('https://example.com/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://localhost.evil.com:5173/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('file:///etc/passwd', undefined)).toBe(false);
    expect(isAppUrl('not a url', undefined)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', undefined)).toBe(false);
  });

  it('the CSP names no remote origin and forbids eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'/);
  });
});
