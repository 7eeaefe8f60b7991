import { ACTIVITY_WEEKS, type Activity, type PlatformActivity, type Week } from './activity.ts'
import { platformName } from '../platform-names.ts'

const COLUMN = 46
const PADDING = 8
const LABEL_HEIGHT = 24
const NUMBER_HEIGHT = 20
const BAR_HEIGHT = 56
const ROW_GAP = 14
const ROW_HEIGHT = LABEL_HEIGHT + NUMBER_HEIGHT + BAR_HEIGHT + ROW_GAP
const AXIS_HEIGHT = 44
const WIDTH = PADDING * 2 + ACTIVITY_WEEKS * COLUMN

const weekLabel = (week: Week) => `wk ${week.number}`

/** "9–15 nov", "26 okt–1 nov". */
function weekDays(week: Week): string {
  const sunday = week.start.plus({ days: 6 })
  const first = week.start.hasSame(sunday, 'month') ? week.start.toFormat('d') : week.start.toFormat('d LLL', { locale: 'nl' })
  return `${first}–${sunday.toFormat('d LLL', { locale: 'nl' })}`
}

const messages = (count: number) => `${count} ${count === 1 ? 'bericht' : 'berichten'}`

/** One sentence per platform: its total and its busiest week. */
function describe(activity: Activity): string {
  const weeks = activity.weeks
  const range = `van ${weekLabel(weeks[0]!)} tot en met ${weekLabel(weeks.at(-1)!)}`
  const lines = activity.platforms.map(({ platform, counts, total }) => {
    const busiest = counts.indexOf(Math.max(...counts))
    const when = total === 1 ? `in ${weekLabel(weeks[busiest]!)}` : `de meeste in ${weekLabel(weeks[busiest]!)} (${counts[busiest]})`
    return `${platformName(platform)}: ${messages(total)}, ${when}.`
  })
  return `Aantal berichten per week per platform, ${range}. ${lines.join(' ')}`
}

function PlatformRow({ row, index, max }: { row: PlatformActivity; index: number; max: number }) {
  const top = index * ROW_HEIGHT
  const base = top + LABEL_HEIGHT + NUMBER_HEIGHT + BAR_HEIGHT
  return (
    <g>
      <text x={PADDING} y={top + 17} class="chart-label">
        {`${platformName(row.platform)}: ${messages(row.total)}`}
      </text>
      {row.counts.map((count, week) => {
        // A week with a few items still shows a bar, however busy the busiest week.
        const height = count === 0 ? 0 : Math.max(3, Math.round((count / max) * BAR_HEIGHT))
        const center = PADDING + week * COLUMN + COLUMN / 2
        return (
          <>
            {height > 0 && <rect x={center - COLUMN / 2 + 7} y={base - height} width={COLUMN - 14} height={height} class="chart-bar" />}
            <text x={center} y={base - height - 5} text-anchor="middle" class={count === 0 ? 'chart-number chart-zero' : 'chart-number'}>
              {String(count)}
            </text>
          </>
        )
      })}
      <line x1={PADDING} x2={WIDTH - PADDING} y1={base} y2={base} class="chart-axis" />
    </g>
  )
}

/** Small multiples, one row of bars per platform on one scale, the number written at every bar: readable without colour. */
function ChartSvg({ activity }: { activity: Activity }) {
  const { weeks, platforms } = activity
  const max = Math.max(...platforms.flatMap((row) => row.counts))
  const axisTop = platforms.length * ROW_HEIGHT
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${axisTop + AXIS_HEIGHT}`}
      role="img"
      aria-labelledby="activiteit-titel"
      aria-describedby="activiteit-uitleg"
      class="chart"
    >
      <title id="activiteit-titel">Activiteit per platform per week</title>
      <desc id="activiteit-uitleg">{describe(activity)}</desc>
      {platforms.map((row, index) => (
        <PlatformRow row={row} index={index} max={max} />
      ))}
      {weeks.map((week, index) => (
        <text x={PADDING + index * COLUMN + COLUMN / 2} y={axisTop + 16} text-anchor="middle" class="chart-week">
          {weekLabel(week)}
          {week.current && (
            <tspan x={PADDING + index * COLUMN + COLUMN / 2} dy="18">
              (nu)
            </tspan>
          )}
        </text>
      ))}
    </svg>
  )
}

function ChartTable({ activity }: { activity: Activity }) {
  const { weeks, platforms } = activity
  const weekTotal = (index: number) => platforms.reduce((sum, row) => sum + row.counts[index]!, 0)
  return (
    <div class="table-scroll" role="region" aria-label="Tabel: berichten per week per platform" tabindex={0}>
      <table>
        <caption>Berichten per week per platform</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            {platforms.map((row) => (
              <th scope="col">{platformName(row.platform)}</th>
            ))}
            <th scope="col">Samen</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, index) => (
            <tr>
              <th scope="row">
                {weekLabel(week)} ({week.current ? 'deze week' : weekDays(week)})
              </th>
              {platforms.map((row) => (
                <td>{row.counts[index]}</td>
              ))}
              <td>{weekTotal(index)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            {platforms.map((row) => (
              <td>{row.total}</td>
            ))}
            <td>{platforms.reduce((sum, row) => sum + row.total, 0)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

export function ActivityChart({ activity }: { activity: Activity }) {
  const weeks = activity.weeks
  return (
    <figure class="activity">
      <figcaption>
        Aantal berichten per week, {weekLabel(weeks[0]!)} tot en met {weekLabel(weeks.at(-1)!)}. Een bericht telt in de week dat
        het geplaatst is; noemt het platform geen datum, dan in de week dat Buurtfeed het voor het eerst zag. Deze week ({weekLabel(weeks.at(-1)!)}) is nog
        niet voorbij.
      </figcaption>
      {activity.platforms.length === 0 ? (
        <p>In deze weken zijn er geen berichten.</p>
      ) : (
        <>
          <div class="chart-scroll" role="region" aria-label="Grafiek: activiteit per platform" tabindex={0}>
            <ChartSvg activity={activity} />
          </div>
          <details>
            <summary>Toon als tabel</summary>
            <ChartTable activity={activity} />
          </details>
        </>
      )}
    </figure>
  )
}
