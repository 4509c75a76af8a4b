#pragma once
// The number of entries in the subtree under one entry of a ScanTree, the
// entry itself included: what the scanner tests compare the progressive
// callbacks' view of a subtree with.

#include "core/native/ScanTree.h"

#include <cstdint>
#include <vector>

namespace tempscope::native::test {

inline std::uint32_t subtreeCount(const ScanTree &tree, std::uint32_t entry)
{
    std::uint32_t n = 0;
    std::vector<std::uint32_t> stack{entry};
    while (!stack.empty()) {
        const Entry &e = tree[stack.back()];
        stack.pop_back();
        ++n;
        for (std::uint32_t c = e.firstChild; c < e.firstChild + e.childCount; ++c)
            stack.push_back(c);
    }
    return n;
}

} // namespace tempscope::native::test
