const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A raw CR would be folded into the next LF by the HTML parser, shifting every offset after it.
  '\r': '&#13;',
  // NUL is dropped by the parser; U+FFFD keeps the length.
  '\0': '&#xFFFD;',
};

/** Text safe both between tags and inside a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r\0]/g, (c) => ENTITIES[c]!);
}
