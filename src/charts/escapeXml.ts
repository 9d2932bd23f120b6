/**
 * Escape text for SVG/XML content and attribute values. Labels come from article text,
 * so every string that reaches a chart passes through here. Control characters that XML 1.0
 * forbids are dropped.
 */
const XML_SPECIALS = /[&<>"']/g;
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(XML_SPECIALS, (ch) => ENTITIES[ch] ?? ch);
}
