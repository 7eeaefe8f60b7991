import { maskContactData } from '../../src/normalise/index.ts'

/** How a sender without a name to show is called in public. */
export const ANONYMOUS_SENDER = 'buurtbewoner'

/**
 * A sender as a display name. A sender not in the exporting phone's contacts is exported as their phone number:
 * a sender that is mostly digits, or holds a phone number or e-mail address, is 'buurtbewoner'.
 */
export function publicSenderName(sender: string): string {
  const digits = sender.replace(/\D/g, '').length
  const mostlyDigits = digits >= 6 && digits * 2 >= sender.replace(/\s/g, '').length
  return mostlyDigits || maskContactData(sender) !== sender ? ANONYMOUS_SENDER : sender
}
