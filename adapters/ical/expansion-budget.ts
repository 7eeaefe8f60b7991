import ICAL from 'ical.js'

/** An event (or the time zone it uses) needed more recurrence steps than its calendar had left. */
export class ExpansionBudgetSpent extends Error {
  override readonly name = 'ExpansionBudgetSpent'
}

/**
 * The recurrence work one calendar document may cost, shared by all its events and VTIMEZONE rules, with
 * a cap per event so that one runaway rule leaves something for the rest. ical.js sets no bound of its own:
 * a rule can step through every second since 2000, one that never matches (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30)
 * loops forever inside a single `next()`, and a huge INTERVAL is walked day by day. So the budget counts the
 * iterator's own steps: each candidate it tries, each weekday it checks against BYDAY, each year it expands and
 * each month of days it walks over.
 */
export class ExpansionBudget {
  #documentLeft: number
  #eventLeft: number
  readonly #perEvent: number
  // One error for every event skipped: it only carries control, and a stack trace each would cost more than the event.
  readonly #spent = new ExpansionBudgetSpent('its recurrence rules and dates need more steps than the calendar has left')
  readonly #Iterator: typeof ICAL.RecurIterator

  constructor({ perDocument, perEvent }: { perDocument: number; perEvent: number }) {
    this.#documentLeft = perDocument
    this.#perEvent = perEvent
    this.#eventLeft = perEvent
    const spend = (steps: number) => this.#spend(steps)
    // A class per budget: ical.js takes the rule's first steps inside the constructor, before any field is set.
    this.#Iterator = class extends ICAL.RecurIterator {
      override check_contracting_rules(): boolean {
        spend(1)
        return super.check_contracting_rules()
      }

      override ruleDayOfWeek(day: string, weekStart?: number): number[] {
        spend(1)
        return super.ruleDayOfWeek(day, weekStart)
      }

      override expand_year_days(year: number): number {
        spend(1)
        return super.expand_year_days(year)
      }

      override increment_monthday(days: number): void {
        spend(Math.floor(days / 31))
        super.increment_monthday(days)
      }
    }
  }

  /** Makes every RRULE in the component and below it (events and VTIMEZONE observances) iterate on this budget. */
  attach(component: ICAL.Component): void {
    for (const property of component.getAllProperties('rrule')) {
      const rule = ruleOf(property)
      if (rule) rule.iterator = (dtstart) => this.#iterator(rule, dtstart)
    }
    for (const child of component.getAllSubcomponents()) this.attach(child)
  }

  /**
   * Gives the next event its own cap of steps, and charges it a step for each RDATE and EXDATE value, which
   * ical.js sorts in one by one. Throws at once for an event with a rule when the calendar has no steps left.
   */
  startEvent(event: ICAL.Component): void {
    if (this.#documentLeft <= 0 && event.hasProperty('rrule')) throw this.#spent
    this.#eventLeft = this.#perEvent
    // A property's jCal is its name, parameters and type, then its values.
    const dates = [...event.getAllProperties('rdate'), ...event.getAllProperties('exdate')]
    this.#spend(dates.reduce((count, property) => count + property.jCal.length - 3, 0))
  }

  #iterator(rule: ICAL.Recur, dtstart: ICAL.Time): ICAL.RecurIterator {
    if (this.#documentLeft <= 0) throw this.#spent
    return new this.#Iterator({ rule, dtstart })
  }

  /** Takes the steps, or throws when they are more than what is left (then nothing is taken). */
  #spend(steps: number): void {
    if (steps > this.#documentLeft || steps > this.#eventLeft) throw this.#spent
    this.#documentLeft -= steps
    this.#eventLeft -= steps
  }
}

/** The rule, or null when ical.js cannot read it: then the event or time zone using it fails on its own. */
function ruleOf(property: ICAL.Property): ICAL.Recur | null {
  try {
    const value = property.getFirstValue()
    return value instanceof ICAL.Recur ? value : null
  } catch {
    return null
  }
}
