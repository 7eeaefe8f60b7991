/** Why fetching or reading a source failed. Stored per source; the dashboard explains each in Dutch. */
export const SOURCE_ERROR_TYPES = [
  'timeout', // no (complete) answer in time
  'dns', // the host name does not resolve
  'tls', // certificate or TLS handshake problem
  'http_status', // 4xx/5xx answer
  'too_large', // body over the size cap
  'robots', // robots.txt forbids the URL
  'blocked_address', // resolves to a loopback/private/link-local address and the source is not local
  'too_many_redirects',
  'network', // connection refused/reset, other transport errors
  'bad_url', // not a URL we may fetch (unsupported scheme, file:// for a non-local source)
  'parse', // the adapter could not read the document
  'empty', // a source that used to have items suddenly yields none (changed markup?): suspect
  'config', // the source's adapter or its config is not valid
  'internal', // a bug in Buurtfeed while reading this source (the others go on)
] as const
export type SourceErrorType = (typeof SOURCE_ERROR_TYPES)[number]
