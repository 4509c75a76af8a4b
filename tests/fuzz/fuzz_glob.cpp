// Fuzzes the glob matcher behind families, --prefix, --exclude and the
// protections: input "GLOB\nPATH". No crash, no quadratic blow-up beyond the
// fuzzer's timeout, and the laws a matcher must keep.

#include "FuzzInput.h"

#include "core/cleanup/CleanupRule.h"
#include "core/cleanup/Protections.h"
#include "core/inventory/PrefixFamilies.h"

using namespace tempscope;

namespace {

bool hasGlobChars(const QString &s)
{
    return s.contains(u'*') || s.contains(u'?') || s.contains(u'[');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto [glob, path] = fuzz::twoTexts(data, size);
    const bool m = PrefixFamilies::globMatch(glob, path);
    (void)ProtectionMatcher::matches(glob, path);

    if (!PrefixFamilies::globMatch(QStringLiteral("*"), path))
        fuzz::fail("\"*\" must match everything", path);
    if (!hasGlobChars(path)) {
        if (!PrefixFamilies::globMatch(path, path))
            fuzz::fail("a plain name must match itself", path);
        if (!PrefixFamilies::globMatch(QString(path + u'*'), QString(path + glob)))
            fuzz::fail("NAME* must match NAME + anything", path, glob);
        if (!PrefixFamilies::globMatch(QString(u'*' + path), QString(glob + path)))
            fuzz::fail("*NAME must match anything + NAME", path, glob);
        if (!matchesPattern(path, QString(path + glob)))
            fuzz::fail("a prefix must match what starts with it", path, glob);
    }
    if (m && !PrefixFamilies::globMatch(QString(glob + u'*'), path))
        fuzz::fail("GLOB* must match whatever GLOB matches", glob, path);

    // Built-in protections and user patterns together: must not crash.
    const ProtectionMatcher matcher(true, {glob}, {path});
    (void)matcher.keepReason(path);
    (void)matcher.keepReason(glob);
    return 0;
}
