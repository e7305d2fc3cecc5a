// JSON from an untrusted file, parsed only when it is small and shallow enough. The depth is
// measured before parsing: a 200,000-deep array parses, but then cannot be cloned or walked.

export type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseBoundedJson(text: string, limits: { maxLength: number; maxDepth: number }): Parsed {
  if (text.length > limits.maxLength) return { ok: false, reason: `JSON longer than ${limits.maxLength} characters` };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limits.maxDepth) return { ok: false, reason: `JSON nested deeper than ${limits.maxDepth} levels` };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
}
