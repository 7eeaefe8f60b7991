const HIGH_LATIN1 = /[\u0080-\u00ff]/
const BEYOND_LATIN1 = /[\u0100-\uffff]/
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Facebook's export writes UTF-8 bytes as Latin-1 code points ("CafÃ©" for "Café"). Such text is repaired;
 * text that is already right stays: it has characters beyond Latin-1 (€, emoji), or its Latin-1 bytes are no
 * valid UTF-8 (a lone "é").
 */
export function repairDoubleEncoding(text: string): string {
  if (!HIGH_LATIN1.test(text) || BEYOND_LATIN1.test(text)) return text
  try {
    return strictUtf8.decode(Buffer.from(text, 'latin1'))
  } catch {
    return text
  }
}
