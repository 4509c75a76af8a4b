#pragma once
// Random tokens judged across a root: the names one generator makes share a
// stem, a fixed-length token and a tail ("report-" + 8 random characters +
// ".pdf"). One name alone cannot tell "job-abcdef" from a word; a dozen
// names with the same stem and tail whose token varies the way random
// characters do can. Part of PrefixFamilies::keysFor().

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace tempscope {

// A name's place in the largest random-looking group it belongs to: its
// token is [start, end). No text is held: a root of a million names needs
// a few bytes per name, not a string.
struct TokenKey
{
    std::uint16_t start = 0;
    std::uint16_t end = 0;
    // The group has no stem (the whole base is the token): the key is the
    // token's length in '?' and the tail.
    bool bare = false;
    bool found = false;
};

// For names[which[k]]: where its token lies in the largest group of names it
// shares a random-looking token with (found false when it shares none).
// Linear in the names (a few candidates each, judged one token length at a
// time, so the memory is a few bytes per name).
// Keys are grouped by a hash of stem and tail, then compared; `hash` (for
// tests: one under which every key collides) replaces the built-in one.
using TokenKeyHash = std::uint64_t (*)(QStringView stem, QStringView tail);
std::vector<TokenKey> randomTokenKeys(const QList<QString> &names, const QList<qsizetype> &which,
                                      TokenKeyHash hash = nullptr);

// The family key of `name` found as `key`: "stem*tail", or "????????tail".
QString tokenKeyText(const QString &name, const TokenKey &key);

} // namespace tempscope
