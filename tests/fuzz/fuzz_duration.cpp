// Fuzzes the duration parser: no crash, no overflow (UBSan), and every
// accepted duration survives formatDuration -> parseDuration unchanged.

#include "FuzzInput.h"

#include "inventory/Duration.h"

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
    return 0;
}
