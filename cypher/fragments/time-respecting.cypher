// With $timeRespecting, each meeting of the chain `ms` (in order from the first actor) can have come before the
// next: their date ranges allow it. Undated meetings break a time-respecting chain.
(NOT $timeRespecting OR all(i IN range(0, size(ms) - 2)
  WHERE ms[i].dateFrom IS NOT NULL AND ms[i + 1].dateTo IS NOT NULL AND ms[i].dateFrom <= ms[i + 1].dateTo))
