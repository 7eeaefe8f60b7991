// The load generator in a process of its own (so it never shares an event loop with the server it measures):
// `node --import tsx load-generator.ts '<autocannon options as JSON>'` prints autocannon's result as JSON.
import autocannon from 'autocannon'

const options = JSON.parse(process.argv[2] ?? '{}') as autocannon.Options
process.stdout.write(JSON.stringify(await autocannon(options)))
