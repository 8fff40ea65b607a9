// The time-zone projects set `TZ` (vitest.config.ts); this fails every test file of the project
// unless the zone is really in effect, so a pool or runner that ignores `TZ` cannot pass them
// off as UTC runs. `OKR_TEST_ZONE` names the zone and `OKR_TEST_OFFSET` its offset on
// 1 January 2026 as `getTimezoneOffset` gives it (minutes west of UTC).
const zone = process.env.OKR_TEST_ZONE ?? '(none)';
const offset = Number(process.env.OKR_TEST_OFFSET);
// ICU may spell a zone by another of its names (Asia/Kolkata as Asia/Calcutta): compare the
// names as ICU resolves both.
const resolved = (timeZone?: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
const actualZone = resolved();
const actualOffset = new Date(2026, 0, 1).getTimezoneOffset();
if (actualZone !== resolved(zone) || actualOffset !== offset) {
  throw new Error(
    `expected time zone ${zone} (offset ${offset}), the tests run in ${actualZone} (offset ${actualOffset})`,
  );
}
