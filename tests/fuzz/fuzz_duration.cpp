// Fuzzes the duration parser: no crash, no overflow (UBSan), every accepted
// duration survives formatDuration -> parseDuration unchanged, and for every
// age parseAge accepts the cutoff is representable, after the epoch and at or
// before now (so a threshold can never make a file from the future stale).

#include "FuzzInput.h"

#include "core/inventory/Duration.h"

#include <limits>

using namespace tempscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = fuzz::text(data, size);
    QString error;
    const auto d = parseDuration(input, &error);
    if (!d) {
        if (error.isEmpty())
            fuzz::fail("rejected without a reason", input);
        return 0;
    }
    if (d->count() < 0)
        fuzz::fail("negative duration accepted", input);
    const QString canonical = formatDuration(*d);
    const auto again = parseDuration(canonical);
    if (!again || *again != *d)
        fuzz::fail("formatDuration does not parse back to the same value", input, canonical);
    (void)formatAge(*d);

    for (const native::TimeNs now : {native::TimeNs(0), native::TimeNs(1'800'000'000'000'000'000),
                                     std::numeric_limits<native::TimeNs>::max()}) {
        const auto age = parseAge(input, now);
        if (!age)
            continue;
        if (age->count() <= 0)
            fuzz::fail("parseAge accepted a zero age", input);
        const auto cutoff = staleCutoff(now, *age);
        if (!cutoff)
            fuzz::fail("parseAge accepted an age without a cutoff", input);
        if (*cutoff > now || *cutoff < 0)
            fuzz::fail("the cutoff is after now or before the epoch", input,
                       QString::number(*cutoff));
        if (elapsedSeconds(now, *cutoff) != *age)
            fuzz::fail("now - cutoff is not the age", input);
    }
    return 0;
}
