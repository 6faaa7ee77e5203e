const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\.]+(\.[^\s@<>(),;:"[\]\\.]+)+$/;

/** Whether a recipient's e-mail field holds one plain address (`office@example.org`), the only kind a letter is sent to. */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && ADDRESS.test(text.trim());
}
