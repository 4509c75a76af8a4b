// Fuzzes prefix-family inference: no crash, a key for every non-empty name,
// and the key, read as a glob, matches the name it came from (for names that
// hold no glob characters themselves).

#include "FuzzInput.h"

#include "core/inventory/PrefixFamilies.h"

using namespace tempscope;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString name = fuzz::text(data, size);
    const QString key = PrefixFamilies::inferKey(name);
    if (name.isEmpty())
        return 0;
    if (key.isEmpty())
        fuzz::fail("no family for a non-empty name", name);
    const bool globFree = !name.contains(u'*') && !name.contains(u'?') && !name.contains(u'[');
    if (globFree && !PrefixFamilies::globMatch(key, name))
        fuzz::fail("the family key does not match its own name", name, key);
    if (PrefixFamilies::inferKey(name) != key)
        fuzz::fail("inference is not deterministic", name, key);
    return 0;
}
