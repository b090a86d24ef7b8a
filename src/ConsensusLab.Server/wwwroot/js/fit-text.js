// Keeps one line of text (a join address) whole: never wrapped, never cut. The stylesheet sets the size to read it
// from the back of the room and forbids wrapping; when the line is still wider than its box (a long LAN address on
// a narrow screen), the font shrinks just enough to fit, rather than the address splitting inside the code.

/** Fits element's text on one line within its own width; call again when the text or the window changes. */
export function fitOneLine(element) {
  element.style.fontSize = '';
  const available = element.clientWidth;
  const needed = element.scrollWidth;
  if (available <= 0 || needed <= available) return;
  const size = parseFloat(getComputedStyle(element).fontSize);
  // Text width scales with the font size; the small margin absorbs rounding of glyph advances.
  element.style.fontSize = `${Math.floor(size * (available / needed) * 0.97 * 10) / 10}px`;
}
