// The annotation marker: a small speech bubble drawn in SVG, because an emoji needs a colour emoji
// font that analysts' machines (and Debian's Chromium) may not have.
export function BubbleIcon() {
  return (
    <svg className="pm-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d="M2.5 2h11A1.5 1.5 0 0 1 15 3.5v7a1.5 1.5 0 0 1-1.5 1.5H7l-3.2 2.6c-.3.3-.8 0-.8-.4V12h-.5A1.5 1.5 0 0 1 1 10.5v-7A1.5 1.5 0 0 1 2.5 2Z" fill="currentColor" />
    </svg>
  );
}
